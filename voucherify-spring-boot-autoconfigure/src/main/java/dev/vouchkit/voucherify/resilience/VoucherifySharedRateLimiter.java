package dev.vouchkit.voucherify.resilience;

import reactor.core.publisher.Mono;

import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyOperation;

/**
 * A client-side rate limiter whose permits live outside this JVM, so that every instance
 * of an application shares one quota, e.g. a token bucket in Redis. It keeps the meaning
 * of {@code voucherify.rate-limiter.*}: {@code limit-for-period} calls per
 * {@code limit-refresh-period}, a permit awaited at most {@code timeout-duration}.
 */
public interface VoucherifySharedRateLimiter {

	/**
	 * Takes one permit for one attempt. Must end within its wait timeout plus the store's
	 * own timeout, whatever the store does: never hang.
	 * @param operation the operation about to be attempted
	 * @return completes empty once the permit is granted (after a wait, if the limiter
	 * reserved a later one); fails with {@link VoucherifyClientRateLimitException} when
	 * none is available within the timeout
	 */
	Mono<Void> acquirePermit(VoucherifyOperation operation);

	/**
	 * Where the permits live and whether that works now, read locally.
	 * @return the status
	 */
	VoucherifyRateLimiterStatus status();

}
