package dev.vouchkit.voucherify.resilience;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;

/**
 * One call through Resilience4j's circuit breaker and retry, as one operator: the
 * breaker's permits and recorded outcomes, and the retry's decisions, events and metrics,
 * exactly as Resilience4j's {@code CircuitBreakerOperator} and {@code RetryOperator} use
 * them (the breaker around the retried call). Those operators, with the mapping of a
 * refused permit and Reactor's {@code onErrorResume} for the retries, put five subscribers
 * between the caller and every attempt, most of them keeping their own demand accounting;
 * a call that never fails, which is most of them, needs none of it.
 * <p>
 * Each subscription is a new call: it asks the breaker for a permit, and gets an attempt
 * count of its own. An attempt that the retry sends again is subscribed to anew after the
 * retry's wait, on Reactor's parallel scheduler, as {@code Mono.delay} would.
 *
 * @param <T> the reply type
 */
final class ResilientCall<T> extends MonoOperator<T, T> {

	private final @Nullable CircuitBreaker circuitBreaker;

	private final Function<CallNotPermittedException, Throwable> circuitOpen;

	private final @Nullable Retry retry;

	private ResilientCall(Mono<T> attempt, @Nullable CircuitBreaker circuitBreaker,
			Function<CallNotPermittedException, Throwable> circuitOpen, @Nullable Retry retry) {
		super(attempt);
		this.circuitBreaker = circuitBreaker;
		this.circuitOpen = circuitOpen;
		this.retry = retry;
	}

	/**
	 * The attempt, sent again while the retry says so, the whole call guarded by the
	 * breaker.
	 * @param attempt one attempt, cold: sent on subscription
	 * @param circuitBreaker the breaker, or {@code null}
	 * @param circuitOpen the failure of a call the breaker refused
	 * @param retry the retry, or {@code null}
	 * @param <T> the reply type
	 * @return the call
	 */
	static <T> Mono<T> of(Mono<T> attempt, @Nullable CircuitBreaker circuitBreaker,
			Function<CallNotPermittedException, Throwable> circuitOpen, @Nullable Retry retry) {
		return new ResilientCall<>(attempt, circuitBreaker, circuitOpen, retry);
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		CircuitBreaker breaker = this.circuitBreaker;
		if (breaker != null && !breaker.tryAcquirePermission()) {
			Operators.error(actual,
					this.circuitOpen.apply(CallNotPermittedException.createCallNotPermittedException(breaker)));
			return;
		}
		Retry retry = this.retry;
		CallSubscriber<T> call = (retry != null)
				? new CallSubscriber<>(actual, this.source, breaker, retry.asyncContext(),
						retry.getRetryConfig().getResultPredicate() != null)
				: new CallSubscriber<>(actual, this.source, breaker, null, false);
		actual.onSubscribe(call);
		this.source.subscribe(call);
	}

	/**
	 * The caller's subscription and the subscriber of each attempt in turn. A Mono's
	 * demand is all or nothing: once the caller has asked, each attempt is asked for its
	 * reply.
	 */
	private static final class CallSubscriber<T> implements CoreSubscriber<T>, Subscription, Runnable {

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<CallSubscriber> OUTCOME_RECORDED = AtomicIntegerFieldUpdater
			.newUpdater(CallSubscriber.class, "outcomeRecorded");

		private final CoreSubscriber<? super T> actual;

		private final Mono<? extends T> attempt;

		private final @Nullable CircuitBreaker circuitBreaker;

		private final long start;

		private final Retry.@Nullable AsyncContext<T> retryContext;

		/** Without a result predicate the retry's onResult does nothing: it is not asked then. */
		private final boolean retriesOnResult;

		/** The current attempt's reply is to be sent again: its end is not the call's. */
		private volatile boolean discarding;

		private volatile @Nullable Subscription upstream;

		private volatile boolean requested;

		private volatile boolean cancelled;

		private volatile @Nullable Disposable pendingRetry;

		/** A reply went through. */
		private volatile boolean replied;

		/** The breaker has been told how the call ended, or given its permit back. */
		private volatile int outcomeRecorded;

		CallSubscriber(CoreSubscriber<? super T> actual, Mono<? extends T> attempt,
				@Nullable CircuitBreaker circuitBreaker, Retry.@Nullable AsyncContext<T> retryContext,
				boolean retriesOnResult) {
			this.actual = actual;
			this.attempt = attempt;
			this.circuitBreaker = circuitBreaker;
			this.start = (circuitBreaker != null) ? circuitBreaker.getCurrentTimestamp() : 0L;
			this.retryContext = retryContext;
			this.retriesOnResult = retriesOnResult;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.upstream = subscription;
			if (this.cancelled) {
				subscription.cancel();
			}
			else if (this.requested) {
				subscription.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void onNext(T reply) {
			Retry.AsyncContext<T> retry = this.retryContext;
			if (this.retriesOnResult && retry != null && !this.cancelled) {
				long waitMillis = retry.onResult(reply);
				if (waitMillis != -1) {
					this.discarding = true;
					Operators.onDiscard(reply, currentContext());
					Subscription subscription = this.upstream;
					if (subscription != null) {
						subscription.cancel();
					}
					retryAfter(waitMillis);
					return;
				}
			}
			this.replied = true;
			if (retry != null) {
				retry.onComplete();
			}
			CircuitBreaker breaker = breakerForOutcome();
			if (breaker != null) {
				breaker.onResult(elapsed(breaker), breaker.getTimestampUnit(), reply);
			}
			this.actual.onNext(reply);
		}

		@Override
		public void onComplete() {
			if (this.discarding) {
				return;
			}
			if (!this.replied) {
				if (this.retryContext != null) {
					this.retryContext.onComplete();
				}
				CircuitBreaker breaker = breakerForOutcome();
				if (breaker != null) {
					breaker.onSuccess(elapsed(breaker), breaker.getTimestampUnit());
				}
			}
			this.actual.onComplete();
		}

		@Override
		public void onError(Throwable failure) {
			if (this.discarding) {
				Operators.onErrorDropped(failure, currentContext());
				return;
			}
			long waitMillis = retryWait(failure);
			if (waitMillis != -1) {
				retryAfter(waitMillis);
				return;
			}
			fail(failure);
		}

		private void fail(Throwable failure) {
			CircuitBreaker breaker = breakerForOutcome();
			if (breaker != null) {
				breaker.onError(elapsed(breaker), breaker.getTimestampUnit(), failure);
			}
			this.actual.onError(failure);
		}

		/** The breaker, if there is one and the call's outcome has not been recorded yet; then it is. */
		private @Nullable CircuitBreaker breakerForOutcome() {
			CircuitBreaker breaker = this.circuitBreaker;
			return (breaker != null && OUTCOME_RECORDED.compareAndSet(this, 0, 1)) ? breaker : null;
		}

		private long elapsed(CircuitBreaker breaker) {
			return breaker.getCurrentTimestamp() - this.start;
		}

		/** How long to wait before the next attempt, or -1 for none. */
		private long retryWait(Throwable failure) {
			if (this.retryContext == null || this.cancelled) {
				return -1;
			}
			return (failure instanceof Error) ? -1 : this.retryContext.onError(failure);
		}

		private void retryAfter(long waitMillis) {
			try {
				this.pendingRetry = Schedulers.parallel().schedule(this, waitMillis, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				fail(Operators.onRejectedExecution(ex, currentContext()));
				return;
			}
			if (this.cancelled) {
				Disposable retry = this.pendingRetry;
				if (retry != null) {
					retry.dispose();
				}
			}
		}

		/** The next attempt, once the retry's wait is over. */
		@Override
		public void run() {
			if (!this.cancelled) {
				this.discarding = false;
				this.attempt.subscribe(this);
			}
		}

		@Override
		public void request(long n) {
			if (Operators.validate(n)) {
				this.requested = true;
				Subscription subscription = this.upstream;
				if (subscription != null) {
					subscription.request(Long.MAX_VALUE);
				}
			}
		}

		@Override
		public void cancel() {
			this.cancelled = true;
			Disposable retry = this.pendingRetry;
			if (retry != null) {
				retry.dispose();
			}
			Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.cancel();
			}
			CircuitBreaker breaker = breakerForOutcome();
			if (breaker != null) {
				// As Resilience4j's operator: a call cancelled after its reply succeeded, else it never ended.
				if (this.replied) {
					breaker.onSuccess(elapsed(breaker), breaker.getTimestampUnit());
				}
				else {
					breaker.releasePermission();
				}
			}
		}

	}

}
