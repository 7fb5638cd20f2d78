package dev.vouchkit.benchmarks.report;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import dev.vouchkit.benchmarks.load.RunResult;

/**
 * One client at one level: each figure is the median of that figure over the rounds
 * (taken separately, so one noisy round moves no figure).
 *
 * @param inFlight requests in flight
 * @param requestsPerSecond calls divided by wall time
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param cpuMillisPer1000Requests process CPU time per 1,000 calls
 * @param compileMillisPer1000Requests the JIT compiler's time per 1,000 calls, part of the CPU time
 * @param bytesPerRequest bytes allocated (all threads) per call
 * @param errors failed calls over all rounds
 * @param firstError the first failure, if any
 * @param rounds the raw runs
 */
public record LevelFigures(int inFlight, double requestsPerSecond, double p50Millis, double p99Millis,
		double cpuMillisPer1000Requests, double compileMillisPer1000Requests, double bytesPerRequest, int errors,
		String firstError,
		List<RunResult> rounds) {

	public static LevelFigures medianOf(List<RunResult> rounds) {
		return new LevelFigures(rounds.get(0).inFlight(), median(rounds, RunResult::requestsPerSecond),
				median(rounds, (run) -> run.p50Nanos() / 1e6), median(rounds, (run) -> run.p99Nanos() / 1e6),
				median(rounds, RunResult::cpuMillisPer1000Requests),
				median(rounds, RunResult::compileMillisPer1000Requests), median(rounds, RunResult::bytesPerRequest),
				rounds.stream().mapToInt(RunResult::errors).sum(),
				rounds.stream().map(RunResult::firstError).filter(Objects::nonNull).findFirst().orElse(null),
				List.copyOf(rounds));
	}

	private static double median(List<RunResult> rounds, ToDoubleFunction<RunResult> figure) {
		return Medians.of(rounds.stream().mapToDouble(figure).toArray());
	}

}
