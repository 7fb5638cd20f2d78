package dev.vouchkit.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes of one benchmark run. {@code --full} is the documented run (under ten minutes on
 * two cores); {@code --smoke} is the tiny one the normal build runs so the harness cannot
 * rot.
 *
 * @param outputDirectory where results and child logs go
 * @param mode {@code full} or {@code smoke}, with {@code +overrides} when changed
 * @param levels requests in flight
 * @param callsPerLevel measured calls per client, level and round
 * @param warmupCalls calls per client and level before the first round
 * @param rounds measured rounds; figures are medians over them
 * @param streamedVouchers vouchers streamed in the memory job
 * @param csvBytes size of the imported CSV file
 * @param memoryJobHeap the {@code -Xmx} of the memory jobs
 * @param startupRepeats cold context starts per variant
 * @param sections which parts run: {@code load}, {@code layers}, {@code memory},
 * {@code startup}
 * @param workerJvmArguments added to every client worker, e.g. a JFR recording
 */
public record BenchmarkSettings(Path outputDirectory, String mode, List<Integer> levels, int callsPerLevel,
		int warmupCalls, int rounds, int streamedVouchers, long csvBytes, String memoryJobHeap, int startupRepeats,
		List<String> sections, List<String> workerJvmArguments) {

	/**
	 * Reads {@code --output=DIR} and {@code --full} (the default) or {@code --smoke}, then
	 * any overrides, for profiling or quick checks: {@code --levels=1,16 --calls=N
	 * --warmup=N --rounds=N --vouchers=N --csv-bytes=N --startup-repeats=N
	 * --only=load,layers,memory,startup --worker-jvm-arg=ARG}.
	 * @param args the command line
	 * @return the settings
	 */
	public static BenchmarkSettings parse(String... args) {
		Builder settings = new Builder();
		List<String> overrides = new ArrayList<>();
		// Maven passes -Dbenchmarks.args="--full --only=startup" as one argument.
		for (String arg : String.join(" ", args).trim().split("\\s+")) {
			String value = arg.substring(arg.indexOf('=') + 1);
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			switch (name) {
				case "", "--full" -> {
				}
				case "--smoke" -> settings.smoke();
				case "--output" -> settings.outputDirectory = Path.of(value);
				default -> overrides.add(arg);
			}
		}
		for (String arg : overrides) {
			String value = arg.substring(arg.indexOf('=') + 1);
			switch (arg.substring(0, Math.max(0, arg.indexOf('=')))) {
				case "--levels" -> settings.levels = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
				case "--calls" -> settings.callsPerLevel = Integer.parseInt(value);
				case "--warmup" -> settings.warmupCalls = Integer.parseInt(value);
				case "--rounds" -> settings.rounds = Integer.parseInt(value);
				case "--vouchers" -> settings.streamedVouchers = Integer.parseInt(value);
				case "--csv-bytes" -> settings.csvBytes = Long.parseLong(value);
				case "--startup-repeats" -> settings.startupRepeats = Integer.parseInt(value);
				case "--only" -> settings.sections = List.of(value.split(","));
				case "--worker-jvm-arg" -> settings.workerJvmArguments.add(value);
				default -> throw new IllegalArgumentException("Unknown argument: " + arg);
			}
		}
		if (!overrides.isEmpty()) {
			settings.mode += " with " + String.join(" ", overrides);
		}
		return settings.build();
	}

	public boolean runs(String section) {
		return this.sections.contains(section);
	}

	/** Where the starter's layers are measured: 64 in flight, or the highest level when lower. */
	public int layersLevel() {
		return this.levels.contains(64) ? 64 : this.levels.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

	/** The full run's sizes, changed by the command line. */
	private static final class Builder {

		Path outputDirectory = Path.of("target");

		String mode = "full";

		List<Integer> levels = List.of(1, 16, 64, 256);

		int callsPerLevel = 20_000;

		// The starter's longer path takes JIT compilation well past 50,000 calls to settle.
		int warmupCalls = 40_000;

		int rounds = 5;

		int streamedVouchers = 100_000;

		long csvBytes = 10_000_000;

		int startupRepeats = 20;

		List<String> sections = List.of("load", "layers", "memory", "startup");

		final List<String> workerJvmArguments = new ArrayList<>();

		/** Tiny sizes: every part runs and reports, in about a minute. */
		void smoke() {
			this.mode = "smoke";
			this.levels = List.of(1, 16);
			this.callsPerLevel = 200;
			this.warmupCalls = 100;
			this.rounds = 1;
			this.streamedVouchers = 2_000;
			this.csvBytes = 200_000;
			this.startupRepeats = 3;
		}

		BenchmarkSettings build() {
			return new BenchmarkSettings(this.outputDirectory, this.mode, this.levels, this.callsPerLevel,
					this.warmupCalls, this.rounds, this.streamedVouchers, this.csvBytes, "64m", this.startupRepeats,
					this.sections, List.copyOf(this.workerJvmArguments));
		}

	}

}
