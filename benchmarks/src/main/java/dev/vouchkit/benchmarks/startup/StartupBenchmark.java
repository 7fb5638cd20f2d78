package dev.vouchkit.benchmarks.startup;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.BenchmarkSettings;
import dev.vouchkit.benchmarks.fork.ChildJvm;
import dev.vouchkit.benchmarks.fork.ChildProcess;
import dev.vouchkit.benchmarks.report.Medians;
import dev.vouchkit.benchmarks.report.StartupResult;
import dev.vouchkit.benchmarks.report.StartupResult.BeanCost;

/**
 * The startup part. Cold: {@link StartupProbeMain} in a fresh JVM per start, alternating
 * with and without the starter (and which goes first) so drift on the shared machine hits
 * both alike. Warm: repeated starts in one JVM per variant, which leaves out class loading
 * and JIT. Medians of each.
 */
public final class StartupBenchmark {

	private static final int REPORTED_BEANS = 6;

	private final BenchmarkSettings settings;

	private final PrintStream progress;

	private final JsonMapper json = JsonMapper.builder().build();

	public StartupBenchmark(BenchmarkSettings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	public StartupResult run() {
		int repeats = this.settings.startupRepeats();
		this.progress.printf("startup: %d cold starts with and %d without the starter, then %d warm ones each%n",
				repeats, repeats, repeats);
		List<JsonNode> coldWith = new ArrayList<>();
		List<JsonNode> coldWithout = new ArrayList<>();
		for (int i = 0; i < repeats; i++) {
			boolean withFirst = i % 2 == 0;
			(withFirst ? coldWith : coldWithout).addAll(starts(withFirst ? "with" : "without", 1));
			(withFirst ? coldWithout : coldWith).addAll(starts(withFirst ? "without" : "with", 1));
		}
		// Warm: one JVM alternating both variants (with, without, without, with...); the first starts load and compile.
		int warmUp = Math.max(2, repeats / 2);
		List<JsonNode> warm = starts("alternate", warmUp + repeats);
		warm = warm.subList(2 * warmUp, warm.size());
		List<JsonNode> warmWith = warm.stream().filter((run) -> run.get("withStarter").asBoolean()).toList();
		List<JsonNode> warmWithout = warm.stream().filter((run) -> !run.get("withStarter").asBoolean()).toList();
		return new StartupResult(repeats, figures(coldWith, coldWithout), figures(warmWith, warmWithout));
	}

	/** Starts a probe JVM; {@code count} starts, of each variant when alternating. */
	private List<JsonNode> starts(String variant, int count) {
		int results = variant.equals("alternate") ? 2 * count : count;
		try (ChildProcess child = ChildJvm.running(StartupProbeMain.class)
			.jvmArguments("-Xmx256m")
			.arguments(variant, Integer.toString(count))
			.logFile(this.settings.outputDirectory().resolve("logs/startup-" + variant + ".log"))
			.start()) {
			List<JsonNode> runs = new ArrayList<>();
			for (int i = 0; i < results; i++) {
				runs.add(this.json.readTree(child.await("result", Duration.ofMinutes(2))));
			}
			return runs;
		}
	}

	private static StartupResult.Figures figures(List<JsonNode> with, List<JsonNode> without) {
		List<Double> withMillis = with.stream().map((run) -> run.get("millis").asDouble()).toList();
		List<Double> withoutMillis = without.stream().map((run) -> run.get("millis").asDouble()).toList();
		double withMedian = Medians.of(withMillis);
		double withoutMedian = Medians.of(withoutMillis);
		return new StartupResult.Figures(withMedian, withoutMedian, withMedian - withoutMedian,
				withMedian / withoutMedian, withMillis, withoutMillis, costliestBeans(with, without));
	}

	/** The beans whose median creation time grew most with the starter. */
	private static List<BeanCost> costliestBeans(List<JsonNode> with, List<JsonNode> without) {
		Set<String> beans = new LinkedHashSet<>();
		with.forEach((run) -> run.get("topLevelBeanMillis").propertyNames().forEach(beans::add));
		List<BeanCost> costs = new ArrayList<>();
		for (String bean : beans) {
			costs.add(new BeanCost(bean, medianMillis(with, bean), medianMillis(without, bean)));
		}
		costs.sort(Comparator.comparingDouble(BeanCost::addedMillis).reversed());
		return List.copyOf(costs.subList(0, Math.min(REPORTED_BEANS, costs.size())));
	}

	private static double medianMillis(List<JsonNode> runs, String bean) {
		Map<Integer, Double> millis = new LinkedHashMap<>();
		for (int i = 0; i < runs.size(); i++) {
			JsonNode beanMillis = runs.get(i).get("topLevelBeanMillis").get(bean);
			millis.put(i, (beanMillis != null) ? beanMillis.asDouble() : 0.0);
		}
		return Medians.of(millis.values());
	}

}
