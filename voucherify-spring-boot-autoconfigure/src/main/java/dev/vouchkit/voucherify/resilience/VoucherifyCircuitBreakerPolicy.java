package dev.vouchkit.voucherify.resilience;

import dev.vouchkit.voucherify.VoucherifyBalanceNotAppliedException;
import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VoucherifyServerException;
import dev.vouchkit.voucherify.VoucherifyTransportException;

/**
 * Which outcomes of a logical call (after its retries) count against Voucherify's health
 * in the circuit breaker. Failures of the service count: 5xx replies, response timeouts
 * and transport errors. Replies that prove the service works, 4xx included (a 404 or a
 * 429 is a healthy server answering), count as successes. Calls that never reached the
 * server are left out. A balance update settled by reconciliation records its settled
 * outcome: applied is a success, not applied a failure when the request failed at
 * Voucherify.
 */
public final class VoucherifyCircuitBreakerPolicy {

	private VoucherifyCircuitBreakerPolicy() {
	}

	/**
	 * Whether the failure says the service is unhealthy.
	 * @param failure what the call failed with
	 * @return {@code true} for 5xx replies, timeouts and transport errors
	 */
	public static boolean isServiceFailure(Throwable failure) {
		if (failure instanceof VoucherifyBalanceNotAppliedException notApplied) {
			// Settled by reconciliation, but the request itself failed at Voucherify.
			return notApplied.getCause() != null && isServiceFailure(notApplied.getCause());
		}
		return failure instanceof VoucherifyServerException || failure instanceof VoucherifyTransportException;
	}

	/**
	 * Whether the failure says nothing about the service, so it is not recorded at all.
	 * @param failure what the call failed with
	 * @return {@code true} for calls stopped on the client side and for exceptions that are
	 * not Voucherify's
	 */
	public static boolean isIgnored(Throwable failure) {
		return failure instanceof VoucherifyClientRateLimitException || failure instanceof VoucherifyCircuitOpenException
				|| !(failure instanceof VoucherifyException);
	}

}
