package dev.vouchkit.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import dev.vouchkit.benchmarks.load.RunResult;

/**
 * The targets, checked against a run's figures. A target whose clients or levels
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
		if (a.isPresent() && b.isPresent()) {
			for (int level : List.of(64, 256)) {
				ratio(checks, "(b)/(a) req/s at " + level + " in flight", b.get(), a.get(), level,
						RunResult::requestsPerSecond, ">=", 0.95);
			}
			for (LevelFigures level : b.get().levels()) {
				ratio(checks, "(b)/(a) bytes allocated per request at " + level.inFlight() + " in flight", b.get(),
						a.get(), level.inFlight(), RunResult::bytesPerRequest, "<=", 1.3);
			}
		}
		if (b.isPresent() && c.isPresent()) {
			ratio(checks, "(b)/(c) req/s at 256 in flight", b.get(), c.get(), 256, RunResult::requestsPerSecond,
					">=", 1.1);
			ratio(checks, "(b)/(c) p99 at 256 in flight", b.get(), c.get(), 256, RunResult::p99Nanos, "<=", 0.33);
			ratio(checks, "(b)/(c) bytes per request at 256 in flight", b.get(), c.get(), 256,
					RunResult::bytesPerRequest, "<=", 0.5);
		}
		for (MemoryJobResult job : memory) {
			checks.add(new TargetCheck(job.job() + " passes under -Xmx" + (job.maxHeapBytes() >> 20) + "m",
					job.passed() ? "passed" : "failed: " + job.failure(), job.passed()));
		}
		if (startup != null) {
			StartupResult.Figures cold = startup.cold();
			checks.add(new TargetCheck("starter adds <= 20 ms to context start (cold JVM)",
					String.format("%+.1f ms (%.0f vs %.0f ms, x%.2f); warm JVM: %+.1f ms", cold.addedMillis(),
							cold.withStarterMillis(), cold.withoutStarterMillis(), cold.ratio(),
							startup.warm().addedMillis()),
					cold.addedMillis() <= 20));
		}
		return checks;
	}

	private static void ratio(List<TargetCheck> checks, String target, ClientResults numerator,
			ClientResults denominator, int level, ToDoubleFunction<RunResult> figure, String comparison,
			double limit) {
		if (!hasLevel(numerator, level) || !hasLevel(denominator, level)) {
			return;
		}
		double ratio = PairedRatio.of(numerator.at(level), denominator.at(level), figure);
		boolean met = comparison.equals(">=") ? ratio >= limit : ratio <= limit;
		checks.add(new TargetCheck(target + " " + comparison + " " + limit, String.format("%.2fx", ratio), met));
	}

	private static boolean hasLevel(ClientResults client, int level) {
		return client.levels().stream().anyMatch((figures) -> figures.inFlight() == level);
	}

	private static Optional<ClientResults> client(List<ClientResults> clients, String label) {
		return clients.stream().filter((client) -> client.label().equals(label)).findFirst();
	}

}
