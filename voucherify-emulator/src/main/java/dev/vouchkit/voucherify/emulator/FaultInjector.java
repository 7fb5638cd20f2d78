package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Per-operation fault queues and added latency. Thread-safe; shared by the Java API and the
 * admin endpoint ({@code POST /_emulator/faults}).
 */
public final class FaultInjector {

	private final Map<Operation, Deque<Fault>> queues = new EnumMap<>(Operation.class);

	private final Map<Operation, Duration> latencies = new EnumMap<>(Operation.class);

	/** Requests of {@link Fault#appliedAfter} read but not yet applied. */
	private int lateApplications;

	/** Completes to apply every pending late application at once; replaced on each release. */
	private Sinks.Empty<Void> release = Sinks.empty();

	/** Queues faults for the next requests of {@code operation}, one per request, in order. */
	public synchronized FaultInjector enqueue(Operation operation, Fault... faults) {
		Deque<Fault> queue = this.queues.computeIfAbsent(operation, (op) -> new ArrayDeque<>());
		queue.addAll(List.of(faults));
		return this;
	}

	/** Delays every request of {@code operation} by {@code latency} until {@link #clear()}. */
	public synchronized FaultInjector latency(Operation operation, Duration latency) {
		if (latency == null || latency.isZero()) {
			this.latencies.remove(operation);
		}
		else {
			this.latencies.put(operation, latency);
		}
		return this;
	}

	/** Faults still queued for {@code operation}. */
	public synchronized int pending(Operation operation) {
		Deque<Fault> queue = this.queues.get(operation);
		return queue == null ? 0 : queue.size();
	}

	/**
	 * Waits until every request queued by a {@link Fault#appliedAfter} fault has been applied
	 * (or rejected, as the operation would reject it).
	 * @return {@code false} if some are still pending after {@code timeout}
	 */
	public synchronized boolean awaitLateApplications(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.lateApplications > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	/**
	 * Applies every request waiting for its {@link Fault#appliedAfter} delay now, so a test
	 * decides when "later" is rather than racing a timer.
	 */
	public void releaseLateApplications() {
		Sinks.Empty<Void> released;
		synchronized (this) {
			released = this.release;
			this.release = Sinks.empty();
		}
		released.tryEmitEmpty();
	}

	/** Completes after {@code delay}, or when {@link #releaseLateApplications()} is called first. */
	synchronized Mono<Void> lateApplicationDue(Duration delay) {
		return Mono.firstWithSignal(Mono.delay(delay).then(), this.release.asMono());
	}

	/** Requests read but waiting to be applied later. */
	public synchronized int pendingLateApplications() {
		return this.lateApplications;
	}

	synchronized void lateApplicationStarted() {
		this.lateApplications++;
	}

	synchronized void lateApplicationEnded() {
		this.lateApplications--;
		notifyAll();
	}

	/** Drops all queued faults and latencies; requests already waiting to be applied late still are. */
	public synchronized void clear() {
		this.queues.clear();
		this.latencies.clear();
	}

	synchronized Fault next(Operation operation) {
		Deque<Fault> queue = this.queues.get(operation);
		return queue == null ? null : queue.poll();
	}

	synchronized Duration latency(Operation operation) {
		return this.latencies.getOrDefault(operation, Duration.ZERO);
	}

}
