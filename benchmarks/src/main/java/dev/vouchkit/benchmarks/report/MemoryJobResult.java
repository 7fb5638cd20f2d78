package dev.vouchkit.benchmarks.report;

/**
 * One memory job, run in a JVM of its own with a small heap.
 *
 * @param job {@code stream-vouchers} or {@code import-csv}
 * @param description what was done, with sizes
 * @param passed whether it finished with the right result (no {@code OutOfMemoryError})
 * @param items vouchers streamed, or imported as the emulator counts them
 * @param expectedItems how many there should be
 * @param maxHeapBytes the JVM's {@code -Xmx}
 * @param peakHeapUsedBytes sum over heap pools of {@code MemoryPoolMXBean#getPeakUsage},
 * reset after the context started: an upper bound of the heap in use at any moment
 * @param maxHeapAfterGcBytes most heap in use right after a collection (GC notifications):
 * what the job kept alive
 * @param gcCount collections during the job
 * @param durationMillis the job's wall time
 * @param failure why it did not pass, or {@code null}
 */
public record MemoryJobResult(String job, String description, boolean passed, long items, long expectedItems,
		long maxHeapBytes, long peakHeapUsedBytes, long maxHeapAfterGcBytes, long gcCount, long durationMillis,
		String failure) {

}
