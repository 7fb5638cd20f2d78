package dev.vouchkit.benchmarks.load;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Drives a blocking client the way its users do: a fixed thread pool, one thread per
 * request in flight, each calling in a loop. The threads are started before the first
 * reading and stopped after the last, so their allocation is counted in full.
 *
 * @param <T> the reply type
 */
public final class BlockingLoadDriver<T> implements LoadDriver {

	private final Callable<T> call;

	private final Predicate<T> isExpectedReply;

	/**
	 * @param call makes one call and returns the reply
	 * @param isExpectedReply whether a reply is the right voucher; others count as errors
	 */
	public BlockingLoadDriver(Callable<T> call, Predicate<T> isExpectedReply) {
		this.call = call;
		this.isExpectedReply = isExpectedReply;
	}

	@Override
	public RunResult run(int inFlight, int calls) {
		int threads = Math.min(inFlight, calls);
		ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
		pool.prestartAllCoreThreads();
		try {
			AtomicInteger callsLeft = new AtomicInteger(calls);
			AtomicInteger errors = new AtomicInteger();
			AtomicReference<String> firstError = new AtomicReference<>();
			LatencyRecorder latencies = new LatencyRecorder(calls);
			CountDownLatch start = new CountDownLatch(1);
			CountDownLatch finished = new CountDownLatch(threads);
			for (int i = 0; i < threads; i++) {
				pool.execute(() -> {
					awaitQuietly(start);
					while (callsLeft.getAndDecrement() > 0) {
						long startNanos = System.nanoTime();
						String failure = callOnce();
						if (failure == null) {
							latencies.record(System.nanoTime() - startNanos);
						}
						else {
							errors.incrementAndGet();
							firstError.compareAndSet(null, failure);
						}
					}
					finished.countDown();
				});
			}
			ResourceMeter meter = ResourceMeter.start();
			start.countDown();
			awaitQuietly(finished);
			ResourceMeter.Usage usage = meter.stop();
			return new RunResult(inFlight, calls, errors.get(), usage.wallNanos(), latencies.percentile(50),
					latencies.percentile(99), usage.cpuNanos(), usage.allocatedBytes(), usage.compileMillis(),
					firstError.get());
		}
		finally {
			shutdown(pool);
		}
	}

	/** One call; what went wrong, or {@code null}. */
	private String callOnce() {
		try {
			return this.isExpectedReply.test(this.call.call()) ? null : "not the gift card";
		}
		catch (Exception ex) {
			return String.valueOf(ex);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calls were in flight", ex);
		}
	}

	private static void shutdown(ExecutorService pool) {
		pool.shutdown();
		try {
			pool.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
