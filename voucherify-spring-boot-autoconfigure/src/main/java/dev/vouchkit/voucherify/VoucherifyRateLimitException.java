package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A 429 reply: a quota of the Voucherify project is used up. Voucherify rejects such
 * calls before processing them, so even a state-changing call may be sent again after
 * {@link #getRetryAfter()}, unless {@link #isRetryable()} says waiting will not help.
 */
public class VoucherifyRateLimitException extends VoucherifyApiException implements TransientVoucherifyException {

	/**
	 * {@code X-Rate-Limit-Type} of a 429 sent because the billing cycle's quota is used
	 * up.
	 */
	public static final String CYCLE_LIMIT_TYPE = "api_calls_cycle";

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

	/**
	 * Which quota is used up, from {@code X-Rate-Limit-Type}: {@code api_calls} (the
	 * per-minute window), {@code bulk_api_calls}, {@value #CYCLE_LIMIT_TYPE} (the billing
	 * cycle's) or {@code webhook_calls}.
	 * @return the limit type, or {@code null} when the reply did not say
	 */
	public @Nullable String getLimitType() {
		return getError().rateLimit().limitType();
	}

	/**
	 * Whether sending the call again after a short wait may succeed. A 429 for the billing
	 * cycle's quota ({@value #CYCLE_LIMIT_TYPE}) is not: the client never retries it.
	 * @return {@code false} when the billing cycle's quota is used up
	 */
	public boolean isRetryable() {
		return !CYCLE_LIMIT_TYPE.equals(getLimitType());
	}

	/**
	 * Whether trying again later may succeed; not within the billing cycle whose quota is
	 * used up.
	 * @return {@link #isRetryable()}
	 */
	@Override
	public boolean isTransient() {
		return isRetryable();
	}

}
