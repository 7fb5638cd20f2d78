package dev.vouchkit.benchmarks.load;

/**
 * What one measured run of one client at one level produced: raw totals, so that rounds
 * can be compared and medians taken later.
 *
 * @param inFlight requests kept in flight
 * @param calls calls made
 * @param errors calls that failed or returned no voucher
 * @param wallNanos elapsed time from the first call to the last reply
 * @param p50Nanos median latency of one call
 * @param p99Nanos 99th percentile latency of one call
 * @param cpuNanos CPU time of the whole client JVM (all threads: I/O, GC, JIT) during the run
 * @param allocatedBytes bytes allocated by all threads of the client JVM during the run
 * @param firstError what the first failed call failed with, {@code null} when none did
 */
public record RunResult(int inFlight, int calls, int errors, long wallNanos, long p50Nanos, long p99Nanos,
		long cpuNanos, long allocatedBytes, long compileMillis, String firstError) {

	public double requestsPerSecond() {
		return this.calls * 1e9 / this.wallNanos;
	}

	public double cpuMillisPer1000Requests() {
		return this.cpuNanos / 1e6 / this.calls * 1000;
	}

	/** The JIT compiler's time per 1,000 calls, part of {@link #cpuMillisPer1000Requests()}. */
	public double compileMillisPer1000Requests() {
		return (double) this.compileMillis / this.calls * 1000;
	}

	public double bytesPerRequest() {
		return (double) this.allocatedBytes / this.calls;
	}

}
