package dev.vouchkit.benchmarks.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * Drives a reactive client the way a reactive application does: no thread per request.
 * {@code inFlight} lanes each subscribe to one call and start the next when it ends, on
 * whatever thread the reply arrived (a Netty event loop). The lanes cost a few dozen bytes
 * per call, the same for every reactive client.
 *
 * @param <T> the reply type
 */
public final class ReactiveLoadDriver<T> implements LoadDriver {

	private final Supplier<Mono<T>> call;

	private final Predicate<T> isExpectedReply;

	/**
	 * @param call makes one call, cold: it is sent on subscription
	 * @param isExpectedReply whether a reply is the right voucher; others count as errors
	 */
	public ReactiveLoadDriver(Supplier<Mono<T>> call, Predicate<T> isExpectedReply) {
		this.call = call;
		this.isExpectedReply = isExpectedReply;
	}

	@Override
	public RunResult run(int inFlight, int calls) {
		Run run = new Run(calls, Math.min(inFlight, calls));
		ResourceMeter meter = ResourceMeter.start();
		for (int i = 0; i < run.lanes; i++) {
			new Lane(run).drain();
		}
		try {
			run.finished.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calls were in flight", ex);
		}
		ResourceMeter.Usage usage = meter.stop();
		return new RunResult(inFlight, calls, run.errors.get(), usage.wallNanos(), run.latencies.percentile(50),
				run.latencies.percentile(99), usage.cpuNanos(), usage.allocatedBytes(), usage.compileMillis(),
				run.firstError.get());
	}

	/** State shared by the lanes of one run. */
	private static final class Run {

		final int lanes;

		final AtomicInteger callsLeft;

		final CountDownLatch finished;

		final AtomicInteger errors = new AtomicInteger();

		final AtomicReference<String> firstError = new AtomicReference<>();

		final LatencyRecorder latencies;

		Run(int calls, int lanes) {
			this.lanes = lanes;
			this.callsLeft = new AtomicInteger(calls);
			this.finished = new CountDownLatch(lanes);
			this.latencies = new LatencyRecorder(calls);
		}

	}

	/**
	 * One request in flight at a time. {@link #drain()} is a trampoline: a call that ends
	 * during {@code subscribe} (an immediate failure) loops here instead of recursing, so a
	 * burst of failures cannot overflow the stack.
	 */
	private final class Lane {

		private final Run run;

		private final AtomicInteger pending = new AtomicInteger();

		Lane(Run run) {
			this.run = run;
		}

		void drain() {
			if (this.pending.getAndIncrement() != 0) {
				return;
			}
			do {
				if (this.run.callsLeft.getAndDecrement() <= 0) {
					this.run.finished.countDown();
					return;
				}
				ReactiveLoadDriver.this.call.get().subscribe(new CallSubscriber(this, System.nanoTime()));
			}
			while (this.pending.decrementAndGet() != 0);
		}

		void ended(long startNanos, String failure) {
			if (failure == null) {
				this.run.latencies.record(System.nanoTime() - startNanos);
			}
			else {
				this.run.errors.incrementAndGet();
				this.run.firstError.compareAndSet(null, failure);
			}
			drain();
		}

	}

	private final class CallSubscriber implements CoreSubscriber<T> {

		private final Lane lane;

		private final long startNanos;

		private boolean expectedReply;

		CallSubscriber(Lane lane, long startNanos) {
			this.lane = lane;
			this.startNanos = startNanos;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(T reply) {
			this.expectedReply = ReactiveLoadDriver.this.isExpectedReply.test(reply);
		}

		@Override
		public void onError(Throwable failure) {
			this.lane.ended(this.startNanos, String.valueOf(failure));
		}

		@Override
		public void onComplete() {
			this.lane.ended(this.startNanos, this.expectedReply ? null : "no reply, or not the gift card");
		}

	}

}
