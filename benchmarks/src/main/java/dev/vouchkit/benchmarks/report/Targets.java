package dev.vouchkit.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

import dev.vouchkit.benchmarks.load.RunResult;

/**
 * The performance targets, checked against a run's figures. A target whose clients or levels
 * were not run is left out.
 */
public final class Targets {

	private Targets() {
	}

	public static List<TargetCheck> check(List<ClientResults> clients, List<MemoryJobResult> memory,
			StartupResult startup) {
		List<TargetCheck> checks = new ArrayList<>();
		Optional<ClientResults> a = client(clients, "a");
		Optional<ClientResults> b = client(clients, "b");
		Optional<ClientResults> c = client(clients, "c");
		// The starter as an application gets it (Actuator on, defaults) against the generated client, at
		// every level, and against a bare WebClient at 64 in flight.
		if (b.isPresent() && c.isPresent()) {
			for (LevelFigures level : b.get().levels()) {
				ratio(checks, "(b)/(c) req/s at " + level.inFlight() + " in flight", b.get(), c.get(), level.inFlight(),
						RunResult::requestsPerSecond, ">=", 1.0);
			}
		}
		if (a.isPresent() && b.isPresent()) {
			ratio(checks, "(b)/(a) CPU per request at 64 in flight", b.get(), a.get(), 64,
					RunResult::cpuMillisPer1000Requests, "<=", 1.2);
			ratio(checks, "(b)/(a) bytes allocated per request at 64 in flight", b.get(), a.get(), 64,
					RunResult::bytesPerRequest, "<=", 1.2);
			ratio(checks, "(b)/(a) req/s at 64 in flight", b.get(), a.get(), 64, RunResult::requestsPerSecond, ">=",
					0.85);
		}
		for (MemoryJobResult job : memory) {
			checks.add(new TargetCheck(job.job() + " passes under -Xmx" + (job.maxHeapBytes() >> 20) + "m",
					job.passed() ? "passed" : "failed: " + job.failure(), job.passed()));
		}
		if (startup != null) {
			StartupResult.Figures warm = startup.warm();
			checks.add(new TargetCheck("starter adds <= 20 ms to context start (warm JVM)",
					String.format("%+.1f ms (%.0f vs %.0f ms, x%.2f); cold JVM: %+.1f ms", warm.addedMillis(),
							warm.withStarterMillis(), warm.withoutStarterMillis(), warm.ratio(),
							startup.cold().addedMillis()),
					warm.addedMillis() <= 20));
		}
		return checks;
	}

	private static void ratio(List<TargetCheck> checks, String target, ClientResults numerator,
			ClientResults denominator, int level, ToDoubleFunction<RunResult> figure, String comparison,
			double limit) {
		if (!hasLevel(numerator, level) || !hasLevel(denominator, level)) {
			return;
		}
		double[] rounds = PairedRatio.perRound(numerator.at(level), denominator.at(level), figure);
		DoublePredicate meets = comparison.equals(">=") ? (ratio) -> ratio >= limit : (ratio) -> ratio <= limit;
		double median = Medians.of(rounds);
		// The rounds' range says whether the run decided the target or the machine's noise did.
		checks.add(new TargetCheck(target + " " + comparison + " " + limit,
				String.format("%.2fx (rounds %.2f-%.2fx, %d of %d meet it)", median,
						Arrays.stream(rounds).min().orElse(Double.NaN), Arrays.stream(rounds).max().orElse(Double.NaN),
						Arrays.stream(rounds).filter(meets).count(), rounds.length),
				meets.test(median)));
	}

	private static boolean hasLevel(ClientResults client, int level) {
		return client.levels().stream().anyMatch((figures) -> figures.inFlight() == level);
	}

	private static Optional<ClientResults> client(List<ClientResults> clients, String label) {
		return clients.stream().filter((client) -> client.label().equals(label)).findFirst();
	}

}
