package dev.vouchkit.voucherify.resilience;

import java.time.Duration;

import io.github.resilience4j.retry.Retry;
import reactor.core.publisher.Mono;

/**
 * Resilience4j's retry on one call: the decisions, events and metrics of its
 * {@link Retry.AsyncContext}, exactly as its {@code RetryOperator} uses them, with Reactor's
 * {@code onErrorResume} in place of the operator's {@code retryWhen}. {@code retryWhen} built
 * a companion flux, a sink and their subscribers for every call, although most calls never
 * fail; here a call pays for a retry only when it has one.
 */
final class RetryOnError {

	private RetryOnError() {
	}

	/**
	 * The call, sent again while the retry says so. Each subscription is a new logical call
	 * with its own attempt count.
	 * @param <T> the reply type
	 * @param call one attempt, cold: sent on subscription
	 * @param retry the retry deciding
	 * @return the retried call
	 */
	static <T> Mono<T> retried(Mono<T> call, Retry retry) {
		boolean retriesOnResult = retry.getRetryConfig().getResultPredicate() != null;
		return Mono.defer(() -> {
			Retry.AsyncContext<T> context = retry.asyncContext();
			return attempt(call, context, retriesOnResult).doOnSuccess((reply) -> context.onComplete());
		});
	}

	private static <T> Mono<T> attempt(Mono<T> call, Retry.AsyncContext<T> context, boolean retriesOnResult) {
		// Without a result predicate the retry's onResult does nothing: no operator for it then.
		Mono<T> checked = !retriesOnResult ? call : call.doOnNext((reply) -> {
			long waitMillis = context.onResult(reply);
			if (waitMillis != -1) {
				throw new RetryOnResult(waitMillis);
			}
		});
		return checked.onErrorResume((failure) -> {
			long waitMillis;
			if (failure instanceof RetryOnResult retryOnResult) {
				waitMillis = retryOnResult.waitMillis;
			}
			else if (failure instanceof Error) {
				return Mono.error(failure);
			}
			else {
				waitMillis = context.onError(failure);
				if (waitMillis == -1) {
					return Mono.error(failure);
				}
			}
			return Mono.delay(Duration.ofMillis(waitMillis)).then(attempt(call, context, retriesOnResult));
		});
	}

	/** A reply the retry's result predicate wants sent again; never leaves this class. */
	private static final class RetryOnResult extends RuntimeException {

		private final long waitMillis;

		RetryOnResult(long waitMillis) {
			super(null, null, false, false);
			this.waitMillis = waitMillis;
		}

	}

}
