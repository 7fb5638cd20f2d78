package dev.vouchkit.benchmarks.report;

import java.util.List;

/**
 * Spring Boot context start with and without the starter's auto-configurations; they are
 * excluded with {@code spring.autoconfigure.exclude}, everything else is identical.
 *
 * @param repeats starts per variant and kind
 * @param cold each start in a fresh JVM: what an application pays at launch
 * @param warm starts alternating in one JVM after a few unmeasured ones: the cost left
 * once classes are loaded and compiled
 */
public record StartupResult(int repeats, Figures cold, Figures warm) {

	/**
	 * @param withStarterMillis median {@code SpringApplication.run} time with the starter
	 * @param withoutStarterMillis the same without it
	 * @param addedMillis the difference of the medians
	 * @param ratio with over without
	 * @param withStarterRuns every start with the starter
	 * @param withoutStarterRuns every start without it
	 * @param costliestBeans the top-level beans whose creation grew most with the starter
	 */
	public record Figures(double withStarterMillis, double withoutStarterMillis, double addedMillis, double ratio,
			List<Double> withStarterRuns, List<Double> withoutStarterRuns, List<BeanCost> costliestBeans) {

	}

	/**
	 * A bean's creation time, counting the beans and classes it pulled in: median over the
	 * starts, 0 where the bean was not created.
	 *
	 * @param bean the bean name
	 * @param withStarterMillis with the starter
	 * @param withoutStarterMillis without it
	 */
	public record BeanCost(String bean, double withStarterMillis, double withoutStarterMillis) {

		public double addedMillis() {
			return this.withStarterMillis - this.withoutStarterMillis;
		}

	}

}
