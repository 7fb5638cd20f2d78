package dev.vouchkit.voucherify;

import java.time.Duration;

/**
 * The call was not sent: the client-side rate limiter ({@code voucherify.rate-limiter.*})
 * had no permit left within its wait timeout. It keeps the application under the
 * account's quota, so that Voucherify does not answer with 429 instead. Nothing reached
 * the server; the call may be made again later. Never retried by the client itself.
 */
public class VoucherifyClientRateLimitException extends VoucherifyException implements TransientVoucherifyException {

	private final Duration waited;

	public VoucherifyClientRateLimitException(String message, VoucherifyOperation operation, Duration waited,
			Throwable cause) {
		super(message, operation, cause);
		this.waited = waited;
	}

	/**
	 * How long the call waited for a permit before giving up.
	 * @return the rate limiter's wait timeout
	 */
	public Duration getWaited() {
		return this.waited;
	}

}
