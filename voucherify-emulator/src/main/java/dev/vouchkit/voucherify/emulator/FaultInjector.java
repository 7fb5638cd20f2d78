package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-operation fault queues and added latency. Thread-safe; shared by the Java API and the
 * admin endpoint ({@code POST /_emulator/faults}).
 */
public final class FaultInjector {

	private final Map<Operation, Deque<Fault>> queues = new EnumMap<>(Operation.class);

	private final Map<Operation, Duration> latencies = new EnumMap<>(Operation.class);

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

	/** Drops all queued faults and latencies. */
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
