package dev.vouchkit.voucherify;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The call was not sent: the client's circuit breaker is open because recent calls to
 * Voucherify failed (5xx replies, timeouts, transport errors), or it is half-open and all
 * of its trial calls are in flight. Nothing reached the server, so trying again after
 * {@link #getRetryAt()} is safe for every operation. Never retried by the client itself.
 */
public class VoucherifyCircuitOpenException extends VoucherifyException implements TransientVoucherifyException {

	private final String circuitBreakerName;

	private final @Nullable Instant retryAt;

	public VoucherifyCircuitOpenException(String message, VoucherifyOperation operation, String circuitBreakerName,
			@Nullable Instant retryAt, @Nullable Throwable cause) {
		super(message, operation, cause);
		this.circuitBreakerName = circuitBreakerName;
		this.retryAt = retryAt;
	}

	/**
	 * The name of the circuit breaker that refused the call, e.g. {@code voucherify}.
	 * @return the circuit breaker's name
	 */
	public String getCircuitBreakerName() {
		return this.circuitBreakerName;
	}

	/**
	 * When the circuit breaker lets trial calls through again.
	 * @return the instant, or {@code null} when it is half-open and waiting for its trial
	 * calls to finish
	 */
	public @Nullable Instant getRetryAt() {
		return this.retryAt;
	}

}
