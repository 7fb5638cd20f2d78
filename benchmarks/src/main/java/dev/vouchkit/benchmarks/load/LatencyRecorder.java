package dev.vouchkit.benchmarks.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every call's latency, kept exactly: an array sized before the run, so recording
 * allocates nothing and the percentiles need no bucketing.
 */
final class LatencyRecorder {

	private final long[] latencies;

	private final AtomicInteger recorded = new AtomicInteger();

	LatencyRecorder(int calls) {
		this.latencies = new long[calls];
	}

	void record(long nanos) {
		this.latencies[this.recorded.getAndIncrement()] = nanos;
	}

	/** Nearest-rank percentile of the successful calls; call after the run. */
	long percentile(double percent) {
		int count = this.recorded.get();
		if (count == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(this.latencies, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100 * count);
		return sorted[Math.max(0, rank - 1)];
	}

}
