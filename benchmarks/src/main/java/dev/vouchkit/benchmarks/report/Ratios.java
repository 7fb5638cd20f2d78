package dev.vouchkit.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

import dev.vouchkit.benchmarks.load.RunResult;

/**
 * The comparisons, one line each: (b)/(a), the starter against the floor of its own stack,
 * (b)/(c), against what the vendor's SDK is made of, (b0)/(a), the starter without
 * observation against the same floor, (a1)/(a), what the starter's connection pool alone
 * changes, and (b)/(a1), the starter's layers on the same connector settings. Ratios,
 * not absolute times, are what carries over from these small shared machines; each is a
 * {@link PairedRatio}.
 */
public final class Ratios {

	private Ratios() {
	}

	public static List<String> lines(List<ClientResults> clients) {
		List<String> lines = new ArrayList<>();
		// The starter against the floor of its stack and against the generated client; the floor of the
		// starter's own layers (no observation) against the same floor; the connector settings apart.
		for (String[] pair : new String[][] { { "b", "a" }, { "b", "c" }, { "b0", "a" }, { "a1", "a" },
				{ "b", "a1" } }) {
			find(clients, pair[0])
				.ifPresent((numerator) -> find(clients, pair[1]).ifPresent((denominator) -> lines.add(line(numerator, denominator))));
		}
		return lines;
	}

	private static String line(ClientResults numerator, ClientResults denominator) {
		return "(" + numerator.label() + ")/(" + denominator.label() + "), median of the per-round ratios, by in-flight level: "
				+ figure("req/s", numerator, denominator, RunResult::requestsPerSecond) + " | "
				+ figure("p50", numerator, denominator, RunResult::p50Nanos) + " | "
				+ figure("p99", numerator, denominator, RunResult::p99Nanos) + " | "
				+ figure("CPU/req", numerator, denominator, RunResult::cpuMillisPer1000Requests) + " | "
				+ figure("bytes/req", numerator, denominator, RunResult::bytesPerRequest);
	}

	private static String figure(String name, ClientResults numerator, ClientResults denominator,
			ToDoubleFunction<RunResult> figure) {
		StringJoiner ratios = new StringJoiner(" ", name + " ", "");
		for (LevelFigures level : numerator.levels()) {
			double ratio = PairedRatio.of(level, denominator.at(level.inFlight()), figure);
			ratios.add(String.format("%d:%.2fx", level.inFlight(), ratio));
		}
		return ratios.toString();
	}

	private static Optional<ClientResults> find(List<ClientResults> clients, String label) {
		return clients.stream().filter((client) -> client.label().equals(label)).findFirst();
	}

}
