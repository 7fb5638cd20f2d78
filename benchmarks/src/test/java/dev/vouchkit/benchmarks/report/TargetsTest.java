package dev.vouchkit.benchmarks.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.vouchkit.benchmarks.load.RunResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ratio target is judged by the median of the per-round ratios, and reports how far the
 * rounds spread and how many of them meet it.
 */
class TargetsTest {

	private static final int CALLS = 1_000;

	@Test
	void ratioTargetReportsTheMedianTheRoundsRangeAndHowManyRoundsMeetIt() {
		// (b) makes 900, 1,100, 950, 980 and 1,020 req/s against (c)'s 1,000 in the same five rounds.
		ClientResults starter = client("b", level(16, 900, 1_100, 950, 980, 1_020));
		ClientResults generated = client("c", level(16, 1_000, 1_000, 1_000, 1_000, 1_000));

		List<TargetCheck> checks = Targets.check(List.of(starter, generated), List.of(), null);

		assertThat(checks).singleElement().satisfies((check) -> {
			assertThat(check.target()).isEqualTo("(b)/(c) req/s at 16 in flight >= 1.0");
			assertThat(check.measured()).isEqualTo("0.98x (rounds 0.90-1.10x, 2 of 5 meet it)");
			assertThat(check.met()).isFalse();
		});
	}

	@Test
	void upperLimitCountsTheRoundsAtOrBelowIt() {
		// CPU per request: (b) spends 1.1, 1.3, 1.2 and 1.0 times what (a) spends, round by round.
		ClientResults bare = client("a", cpuLevel(64, 100, 100, 100, 100));
		ClientResults starter = client("b", cpuLevel(64, 110, 130, 120, 100));

		List<TargetCheck> checks = Targets.check(List.of(bare, starter), List.of(), null);

		assertThat(checks).filteredOn((check) -> check.target().startsWith("(b)/(a) CPU"))
			.singleElement()
			.satisfies((check) -> {
				assertThat(check.measured()).isEqualTo("1.15x (rounds 1.00-1.30x, 3 of 4 meet it)");
				assertThat(check.met()).isTrue();
			});
	}

	private static ClientResults client(String label, LevelFigures level) {
		return new ClientResults(label, label, Map.of(), List.of(level));
	}

	/** Rounds of {@value #CALLS} calls at the given requests per second, all else equal. */
	private static LevelFigures level(int inFlight, double... requestsPerSecond) {
		return LevelFigures.medianOf(Arrays.stream(requestsPerSecond)
			.mapToObj((rate) -> round(inFlight, (long) (CALLS * 1e9 / rate), 50_000_000L))
			.toList());
	}

	/** Rounds taking one second each, with the given CPU milliseconds. */
	private static LevelFigures cpuLevel(int inFlight, long... cpuMillis) {
		return LevelFigures.medianOf(
				Arrays.stream(cpuMillis).mapToObj((millis) -> round(inFlight, 1_000_000_000L, millis * 1_000_000L)).toList());
	}

	private static RunResult round(int inFlight, long wallNanos, long cpuNanos) {
		return new RunResult(inFlight, CALLS, 0, wallNanos, 1_000_000L, 2_000_000L, cpuNanos, 10_000_000L, 0, null);
	}

}
