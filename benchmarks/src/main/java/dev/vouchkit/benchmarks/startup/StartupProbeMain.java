package dev.vouchkit.benchmarks.startup;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.fork.ChildProtocol;

/**
 * Starts {@link BenchmarkApplication} in a fresh JVM and reports how long each
 * {@code SpringApplication.run} took, with the starter's auto-configurations or without
 * them ({@code spring.autoconfigure.exclude}; the classpath and everything else are the
 * same, so the difference is what the starter adds to an application's start).
 * <p>
 * Arguments: {@code with} or {@code without} and {@code 1}, for one cold start as an
 * application has it; or {@code alternate <n>} for n starts of each, alternating in this
 * JVM, to see the cost left once every class is loaded and compiled.
 * <p>
 * Both variants record Spring's startup steps, so both pay the same small cost for it;
 * the report uses the bean instantiation times to show which beans the difference goes
 * into.
 */
public final class StartupProbeMain {

	/** Nothing listens there: starting the context makes no call. */
	private static final String UNUSED_BASE_URL = "http://127.0.0.1:9";

	private static final String BEAN_INSTANTIATION = "spring.beans.instantiate";

	private StartupProbeMain() {
	}

	public static void main(String[] args) {
		boolean alternate = args[0].equals("alternate");
		int starts = Integer.parseInt(args[1]) * (alternate ? 2 : 1);
		try {
			for (int i = 0; i < starts; i++) {
				boolean withStarter = alternate ? (i % 4 == 0 || i % 4 == 3) : args[0].equals("with");
				Map<String, Object> exclusion = withStarter ? Map.of()
						: Map.of("spring.autoconfigure.exclude", BenchmarkApplication.STARTER_AUTO_CONFIGURATIONS);
				BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
				long started = System.nanoTime();
				ConfigurableApplicationContext context = BenchmarkApplication.start(UNUSED_BASE_URL, exclusion, steps);
				long elapsed = System.nanoTime() - started;
				boolean hasClient = context.containsBean("vouchersTemplate");
				context.close();
				if (hasClient != withStarter) {
					throw new IllegalStateException("Expected the starter " + (withStarter ? "on" : "off")
							+ ", but the VouchersOperations bean is " + (hasClient ? "there" : "missing"));
				}
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("withStarter", withStarter);
				result.put("millis", elapsed / 1e6);
				result.put("topLevelBeanMillis", topLevelBeanInstantiations(steps.getBufferedTimeline()));
				ChildProtocol.emit("result", JsonMapper.builder().build().writeValueAsString(result));
			}
		}
		catch (Throwable ex) {
			ChildProtocol.fail(ex);
		}
		System.exit(0);
	}

	/**
	 * How long each bean took to create, counting the beans it pulled in, for beans not
	 * created on behalf of another bean.
	 */
	private static Map<String, Double> topLevelBeanInstantiations(StartupTimeline timeline) {
		Set<Long> beanSteps = new HashSet<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			if (event.getStartupStep().getName().equals(BEAN_INSTANTIATION)) {
				beanSteps.add(event.getStartupStep().getId());
			}
		}
		Map<String, Double> millis = new LinkedHashMap<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			if (step.getName().equals(BEAN_INSTANTIATION) && !beanSteps.contains(step.getParentId())) {
				for (StartupStep.Tag tag : step.getTags()) {
					if (tag.getKey().equals("beanName")) {
						millis.merge(tag.getValue(), event.getDuration().toNanos() / 1e6, Double::sum);
					}
				}
			}
		}
		return millis;
	}

}
