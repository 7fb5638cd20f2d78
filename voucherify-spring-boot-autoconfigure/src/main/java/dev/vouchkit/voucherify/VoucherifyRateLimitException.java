package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A 429 reply: the account's API quota is used up. Voucherify rejects such calls before
 * processing them, so even a state-changing call may be sent again after
 * {@link #getRetryAfter()}.
 */
public class VoucherifyRateLimitException extends VoucherifyApiException implements TransientVoucherifyException {

	public VoucherifyRateLimitException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

	/**
	 * How long to wait, from the {@code Retry-After} header.
	 * @return the wait, or {@code null} when the reply did not say
	 */
	public @Nullable Duration getRetryAfter() {
		return getError().rateLimit().retryAfter();
	}

	/**
	 * When calls are allowed again, from the {@code X-Rate-Limit-Retry} header.
	 * @return the instant, or {@code null} when the reply did not say
	 */
	public @Nullable Instant getRetryAt() {
		return getError().rateLimit().retryAt();
	}

	/**
	 * The quota for the period, from {@code X-Rate-Limit-Limit}.
	 * @return the limit, or {@code null}
	 */
	public @Nullable Long getLimit() {
		return getError().rateLimit().limit();
	}

	/**
	 * Calls left in the period, from {@code X-Rate-Limit-Remaining}.
	 * @return the remaining calls, or {@code null}
	 */
	public @Nullable Long getRemaining() {
		return getError().rateLimit().remaining();
	}

}
