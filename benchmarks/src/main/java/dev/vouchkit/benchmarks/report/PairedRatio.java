package dev.vouchkit.benchmarks.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.vouchkit.benchmarks.load.RunResult;

/**
 * A ratio of two clients' figures at one level: the median over the rounds of the ratio
 * within each round. Runs of one round follow each other within seconds, so load from
 * elsewhere on a shared machine, which drifts over minutes, mostly cancels out of each
 * round's ratio.
 */
public final class PairedRatio {

	private PairedRatio() {
	}

	public static double of(LevelFigures numerator, LevelFigures denominator, ToDoubleFunction<RunResult> figure) {
		return Medians.of(perRound(numerator, denominator, figure));
	}

	/** The ratio within each round, in the order run: how far one run's rounds disagree. */
	public static double[] perRound(LevelFigures numerator, LevelFigures denominator,
			ToDoubleFunction<RunResult> figure) {
		List<RunResult> top = numerator.rounds();
		List<RunResult> bottom = denominator.rounds();
		int rounds = Math.min(top.size(), bottom.size());
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			ratios[round] = figure.applyAsDouble(top.get(round)) / figure.applyAsDouble(bottom.get(round));
		}
		return ratios;
	}

}
