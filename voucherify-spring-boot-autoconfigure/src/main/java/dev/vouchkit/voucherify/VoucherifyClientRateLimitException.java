package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The call was not sent: the client-side rate limiter ({@code voucherify.rate-limiter.*})
 * had no permit left within its wait timeout, or Voucherify's own rate-limit headers said
 * the project's quota is used up until a reset further away than that timeout. It keeps
 * the application under the project's quota, so that Voucherify does not answer with 429
 * instead. Nothing reached the server; the call may be made again later. Never retried by
 * the client itself.
 */
public class VoucherifyClientRateLimitException extends VoucherifyException implements TransientVoucherifyException {

	private final Duration waited;

	private final @Nullable Instant retryAt;

	public VoucherifyClientRateLimitException(String message, VoucherifyOperation operation, Duration waited,
			@Nullable Throwable cause) {
		this(message, operation, waited, null, cause);
	}

	/**
	 * Creates the exception for a call held back until a known time.
	 * @param message the message
	 * @param operation the operation not sent
	 * @param waited how long the call waited
	 * @param retryAt when calls are expected to be allowed again, if known
	 * @param cause the cause, if any
	 */
	public VoucherifyClientRateLimitException(String message, VoucherifyOperation operation, Duration waited,
			@Nullable Instant retryAt, @Nullable Throwable cause) {
		super(message, operation, cause);
		this.waited = waited;
		this.retryAt = retryAt;
	}

	/**
	 * How long the call waited for a permit before giving up.
	 * @return the time waited
	 */
	public Duration getWaited() {
		return this.waited;
	}

	/**
	 * When calls are expected to be allowed again: the reset Voucherify reported, when
	 * the call was held back for the project's quota.
	 * @return the instant, or {@code null} when not known
	 */
	public @Nullable Instant getRetryAt() {
		return this.retryAt;
	}

}
