package dev.vouchkit.benchmarks.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time, allocated bytes and JIT compilation of this JVM between two points.
 * <ul>
 * <li>CPU: {@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}, the whole
 * process: event loops, caller threads, GC and JIT, which is what a client costs its
 * application.</li>
 * <li>Allocation: {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, summed
 * over every live thread (JDK 17 has no process-wide total). Threads that end during a run
 * would be missed; the drivers keep their threads alive until after the second
 * reading.</li>
 * <li>Compilation: {@code CompilationMXBean#getTotalCompilationTime}, the compiler threads'
 * time, included in the CPU time: a JVM whose JIT is still at work, long after its
 * warm-up, shows it here rather than as a slower client.</li>
 * </ul>
 */
final class ResourceMeter {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final CompilationMXBean COMPILATION = ManagementFactory.getCompilationMXBean();

	private final Map<Long, Long> allocatedByThread;

	private final long cpuNanos;

	private final long compileMillis;

	private final long startNanos;

	private ResourceMeter(Map<Long, Long> allocatedByThread, long cpuNanos, long compileMillis, long startNanos) {
		this.allocatedByThread = allocatedByThread;
		this.cpuNanos = cpuNanos;
		this.compileMillis = compileMillis;
		this.startNanos = startNanos;
	}

	static ResourceMeter start() {
		Map<Long, Long> allocated = allocatedByThread();
		return new ResourceMeter(allocated, OS.getProcessCpuTime(), compileMillis(), System.nanoTime());
	}

	private static long compileMillis() {
		return (COMPILATION != null && COMPILATION.isCompilationTimeMonitoringSupported())
				? COMPILATION.getTotalCompilationTime() : 0;
	}

	/** Elapsed time, CPU time and allocation since {@link #start()}, read now. */
	Usage stop() {
		long wall = System.nanoTime() - this.startNanos;
		long cpu = OS.getProcessCpuTime() - this.cpuNanos;
		long allocated = 0;
		for (Map.Entry<Long, Long> thread : allocatedByThread().entrySet()) {
			allocated += thread.getValue() - this.allocatedByThread.getOrDefault(thread.getKey(), 0L);
		}
		return new Usage(wall, cpu, allocated, compileMillis() - this.compileMillis);
	}

	private static Map<Long, Long> allocatedByThread() {
		long[] ids = THREADS.getAllThreadIds();
		long[] bytes = THREADS.getThreadAllocatedBytes(ids);
		Map<Long, Long> allocated = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			if (bytes[i] >= 0) {
				allocated.put(ids[i], bytes[i]);
			}
		}
		return allocated;
	}

	record Usage(long wallNanos, long cpuNanos, long allocatedBytes, long compileMillis) {
	}

}
