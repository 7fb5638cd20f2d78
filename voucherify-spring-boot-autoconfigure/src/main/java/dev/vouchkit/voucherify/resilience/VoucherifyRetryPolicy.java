package dev.vouchkit.voucherify.resilience;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyRateLimitException;
import dev.vouchkit.voucherify.VoucherifyServiceUnavailableException;
import dev.vouchkit.voucherify.VoucherifyTransportException;

/**
 * Which failed attempts the client sends again, following what each operation does to
 * money and state. This is the one place that decides it; the retry of
 * {@link VoucherifyResilienceDecorator} and the {@code voucherify.retry.*} documentation
 * refer to it.
 * <table>
 * <caption>Retried failures</caption>
 * <tr><th>failure</th><th>idempotent operation</th><th>not idempotent
 * ({@code updateVoucherBalance}, {@code importVouchersUsingCsv},
 * {@code exportVoucherTransactions})</th></tr>
 * <tr><td>connection refused, unknown host, no free connection in the pool (request never sent)</td><td>retried</td><td>retried</td></tr>
 * <tr><td>429 (rejected before processing)</td><td>retried</td><td>retried</td></tr>
 * <tr><td>429 for the billing cycle's quota ({@code X-Rate-Limit-Type: api_calls_cycle})</td><td>not
 * retried</td><td>not retried</td></tr>
 * <tr><td>502, 503, 504</td><td>retried</td><td>not retried: outcome unknown</td></tr>
 * <tr><td>connection reset after the request was written</td><td>retried</td><td>not retried: outcome unknown</td></tr>
 * <tr><td>response timeout</td><td>retried</td><td>not retried: outcome unknown</td></tr>
 * <tr><td>500</td><td>not retried</td><td>not retried: outcome unknown</td></tr>
 * <tr><td>any other 4xx, unreadable reply</td><td>not retried</td><td>not retried</td></tr>
 * <tr><td>circuit open, client-side rate limit</td><td>not retried</td><td>not retried</td></tr>
 * </table>
 * A 500 is not retried even for reads: it reports a fault in handling the request, which
 * sending it again rarely cures, while 502/503/504 report an unavailable service.
 */
public final class VoucherifyRetryPolicy {

	private VoucherifyRetryPolicy() {
	}

	/**
	 * Whether a failed attempt of {@code operation} may be sent again.
	 * @param operation the operation whose attempt failed
	 * @param failure what the attempt failed with
	 * @return {@code true} when sending the request again cannot apply it twice, or the
	 * operation is idempotent and the failure is transient
	 */
	public static boolean isRetryable(VoucherifyOperation operation, Throwable failure) {
		if (failure instanceof VoucherifyRateLimitException rateLimited) {
			return rateLimited.isRetryable();
		}
		if (failure instanceof VoucherifyTransportException transport) {
			return !transport.isRequestMayHaveReachedServer() || operation.isIdempotent();
		}
		if (failure instanceof VoucherifyServiceUnavailableException) {
			return operation.isIdempotent();
		}
		return false;
	}

	/**
	 * The wait the server asked for with {@code Retry-After}.
	 * @param failure what the attempt failed with
	 * @return the wait, or {@code null} when the failure is not a 429 with that header
	 */
	public static @Nullable Duration retryAfter(Throwable failure) {
		return (failure instanceof VoucherifyRateLimitException rateLimited) ? rateLimited.getRetryAfter() : null;
	}

}
