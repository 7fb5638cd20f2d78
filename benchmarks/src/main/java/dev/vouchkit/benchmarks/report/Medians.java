package dev.vouchkit.benchmarks.report;

import java.util.Arrays;
import java.util.Collection;

/**
 * Medians: robust to the one slow round or start a shared machine produces now and then.
 */
public final class Medians {

	private Medians() {
	}

	public static double of(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	public static double of(Collection<Double> values) {
		return of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
