package dev.vouchkit.benchmarks.report;

import java.util.List;

import dev.vouchkit.benchmarks.BenchmarkSettings;

/**
 * Everything one benchmark run measured, as written to {@code benchmark-results.json}.
 *
 * @param date when the run started (ISO-8601)
 * @param cores available processors (as {@code nproc})
 * @param java the JVM
 * @param settings the sizes
 * @param clients the load figures per client; empty when not run
 * @param ratios (b)/(a) and (b)/(c) lines
 * @param layers (a), the starter's layers one by one, and (b), at one level; empty when
 * not run
 * @param memory the memory jobs; empty when not run
 * @param startup the startup figures, or {@code null} when not run
 * @param targets the performance targets, met or not
 */
public record BenchmarkReport(String date, int cores, String java, BenchmarkSettings settings,
		List<ClientResults> clients, List<String> ratios, List<ClientResults> layers, List<MemoryJobResult> memory, StartupResult startup,
		List<TargetCheck> targets) {

}
