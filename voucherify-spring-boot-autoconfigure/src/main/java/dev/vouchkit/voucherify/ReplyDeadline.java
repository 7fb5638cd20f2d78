package dev.vouchkit.voucherify;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * The bound on one attempt's whole reply, headers and body, counted from the moment its
 * request has been written: an upload's own duration does not count against it, and a
 * reply that trickles in byte by byte cannot hold the call open past it. The template
 * wraps each attempt in one ({@link #bound}), which puts itself in the attempt's context;
 * {@link ApiHeadersConnector} tells it when the request has been written and on
 * which connection.
 * <p>
 * When it expires it closes that connection before the attempt is cancelled, so a
 * connection with a reply still on its way is never handed back to the pool for the
 * next call to wait behind, and the attempt fails with a {@link TimeoutException}, also
 * when closing the connection failed the reply's reading first.
 * <p>
 * Its timer runs on the connection's own event loop, the thread that reads the reply:
 * one scheduled task per attempt, with no hop to another thread and no operator chain
 * around the attempt. Only a connector without a Reactor Netty connection falls back to
 * Reactor's parallel scheduler.
 * <p>
 * Every failure of the attempt, the timeout included, reaches the caller as the
 * template's {@code failures} make it, without an operator of its own for that.
 */
final class ReplyDeadline<T> implements CoreSubscriber<T>, Subscription, Runnable {

	private static final int ACTIVE = 0;

	/** A Mono's value went through; only its completion may follow. */
	private static final int REPLIED = 1;

	private static final int DONE = 2;

	@SuppressWarnings("rawtypes")
	private static final AtomicIntegerFieldUpdater<ReplyDeadline> STATE = AtomicIntegerFieldUpdater
		.newUpdater(ReplyDeadline.class, "state");

	private final CoreSubscriber<? super T> actual;

	private final Duration timeout;

	private final UnaryOperator<Throwable> failures;

	private final Context context;

	private @Nullable Subscription upstream;

	private volatile @Nullable Connection connection;

	/** The scheduled expiry: a Netty {@link Future} or a Reactor {@link Disposable}. */
	private volatile @Nullable Object timer;

	private volatile boolean expired;

	private volatile int state;

	private ReplyDeadline(CoreSubscriber<? super T> actual, Duration timeout, UnaryOperator<Throwable> failures) {
		this.actual = actual;
		this.timeout = timeout;
		this.failures = failures;
		this.context = actual.currentContext().put(ReplyDeadline.class, this);
	}

	/**
	 * Bounds each subscription to {@code attempt} (one per retry) by its own deadline.
	 * @param attempt the attempt, sending its request on subscription
	 * @param timeout the bound on the whole reply
	 * @param failures what the caller gets for a failure of the attempt
	 * @param <T> the reply type
	 * @return the bounded attempt
	 */
	static <T> Mono<T> bound(Mono<T> attempt, Duration timeout, UnaryOperator<Throwable> failures) {
		return new Bounded<>(attempt, timeout, failures);
	}

	static @Nullable ReplyDeadline<?> from(ContextView context) {
		return context.getOrDefault(ReplyDeadline.class, null);
	}

	/**
	 * Starts the deadline: the request has been written.
	 * @param connection the connection it was written on, or {@code null} when the
	 * connector does not expose one
	 */
	void requestWritten(@Nullable Connection connection) {
		if (this.state == DONE) {
			return;
		}
		this.connection = connection;
		long nanos = this.timeout.toNanos();
		this.timer = (connection != null)
				? connection.channel().eventLoop().schedule(this, nanos, TimeUnit.NANOSECONDS)
				: Schedulers.parallel().schedule(this, nanos, TimeUnit.NANOSECONDS);
		if (this.state == DONE) {
			// Ended while the timer was being set: nothing is left for it to bound.
			cancelTimer();
		}
	}

	/** The expiry. */
	@Override
	public void run() {
		this.expired = true;
		Connection current = this.connection;
		if (current != null) {
			// Closing may fail the reply's reading right here; onError turns that into the timeout.
			current.dispose();
		}
		if (STATE.compareAndSet(this, ACTIVE, DONE)) {
			Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.cancel();
			}
			this.actual.onError(this.failures.apply(timedOut()));
		}
	}

	@Override
	public Context currentContext() {
		return this.context;
	}

	@Override
	public void onSubscribe(Subscription subscription) {
		if (Operators.validate(this.upstream, subscription)) {
			this.upstream = subscription;
			this.actual.onSubscribe(this);
		}
	}

	@Override
	public void onNext(T reply) {
		if (STATE.compareAndSet(this, ACTIVE, REPLIED)) {
			cancelTimer();
			this.actual.onNext(reply);
		}
		else {
			Operators.onDiscard(reply, this.context);
		}
	}

	@Override
	public void onError(Throwable failure) {
		if (STATE.getAndSet(this, DONE) == DONE) {
			Operators.onErrorDropped(failure, this.context);
			return;
		}
		cancelTimer();
		// Closing the connection on expiry may fail the reading (an incomplete body) first: that is the timeout.
		this.actual.onError(
				this.failures.apply((this.expired && !(failure instanceof TimeoutException)) ? timedOut() : failure));
	}

	@Override
	public void onComplete() {
		if (STATE.getAndSet(this, DONE) != DONE) {
			cancelTimer();
			this.actual.onComplete();
		}
	}

	@Override
	public void request(long n) {
		Subscription subscription = this.upstream;
		if (subscription != null) {
			subscription.request(n);
		}
	}

	@Override
	public void cancel() {
		STATE.set(this, DONE);
		cancelTimer();
		Subscription subscription = this.upstream;
		if (subscription != null) {
			subscription.cancel();
		}
	}

	private void cancelTimer() {
		Object current = this.timer;
		if (current instanceof Future<?> future) {
			future.cancel(false);
		}
		else if (current instanceof Disposable disposable) {
			disposable.dispose();
		}
	}

	private TimeoutException timedOut() {
		return new TimeoutException("the reply did not complete within " + this.timeout);
	}

	@Override
	public String toString() {
		return "ReplyDeadline[timeout=" + this.timeout + ", expired=" + this.expired + "]";
	}

	private static final class Bounded<T> extends MonoOperator<T, T> {

		private final Duration timeout;

		private final UnaryOperator<Throwable> failures;

		Bounded(Mono<T> attempt, Duration timeout, UnaryOperator<Throwable> failures) {
			super(attempt);
			this.timeout = timeout;
			this.failures = failures;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			this.source.subscribe(new ReplyDeadline<>(actual, this.timeout, this.failures));
		}

	}

}
