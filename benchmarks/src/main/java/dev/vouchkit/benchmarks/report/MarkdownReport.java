package dev.vouchkit.benchmarks.report;

import java.util.List;
import java.util.Map;

import dev.vouchkit.benchmarks.server.GiftCardServer;

/**
 * The report as markdown tables, for the console and the README's performance section.
 */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String render(BenchmarkReport report) {
		StringBuilder md = new StringBuilder();
		md.append(String.format("Run %s on %d cores (nproc), Java %s, mode %s.%n%n", report.date(), report.cores(),
				report.java(), report.settings().mode()));
		if (!report.clients().isEmpty()) {
			appendLoad(md, report);
		}
		if (!report.layers().isEmpty()) {
			appendLayers(md, report.layers());
		}
		if (!report.memory().isEmpty()) {
			appendMemory(md, report);
		}
		if (report.startup() != null) {
			appendStartup(md, report.startup());
		}
		if (!report.targets().isEmpty()) {
			md.append("| target | measured | met |\n|---|---|---|\n");
			for (TargetCheck target : report.targets()) {
				md.append(String.format("| %s | %s | %s |%n", target.target(), target.measured(),
						target.met() ? "yes" : "**no**"));
			}
		}
		return md.toString();
	}

	private static void appendLoad(StringBuilder md, BenchmarkReport report) {
		md.append(String.format("GET /v1/vouchers/{code} (the spec's gift-card example, %,d bytes) on loopback: "
				+ "%,d calls per client and level after %,d warm-up calls per level; figures are medians of %d rounds.%n%n",
				GiftCardServer.giftCardJson().length, report.settings().callsPerLevel(),
				report.settings().warmupCalls(), report.settings().rounds()));
		md.append("| client | in flight | req/s | p50 ms | p99 ms | CPU ms / 1k req | of it JIT | bytes alloc / req | errors |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (ClientResults client : report.clients()) {
			for (LevelFigures level : client.levels()) {
				md.append(String.format("| (%s) %s | %d | %,.0f | %.2f | %.2f | %,.0f | %,.0f | %,.0f | %d |%n",
						client.label(), client.client(), level.inFlight(), level.requestsPerSecond(), level.p50Millis(),
						level.p99Millis(), level.cpuMillisPer1000Requests(), level.compileMillisPer1000Requests(),
						level.bytesPerRequest(), level.errors()));
			}
		}
		md.append('\n');
		for (String ratio : report.ratios()) {
			md.append(ratio).append("\n\n");
		}
		for (ClientResults client : report.clients()) {
			StringBuilder facts = new StringBuilder();
			for (Map.Entry<String, Object> fact : client.facts().entrySet()) {
				facts.append(facts.length() > 0 ? "; " : "").append(fact.getKey()).append(": ").append(fact.getValue());
			}
			md.append(String.format("(%s): %s%n", client.label(), facts));
		}
		md.append('\n');
	}

	private static void appendLayers(StringBuilder md, List<ClientResults> layers) {
		int level = layers.get(0).levels().get(0).inFlight();
		md.append(String.format("Where (b)'s extra cost comes from: the starter's layers added one at a time, %d in flight.%n%n",
				level));
		md.append("| client | req/s | p99 ms | CPU ms / 1k req | of it JIT | bytes alloc / req | added bytes / req |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|\n");
		double previous = Double.NaN;
		for (ClientResults layer : layers) {
			LevelFigures figures = layer.levels().get(0);
			md.append(String.format("| (%s) %s | %,.0f | %.2f | %,.0f | %,.0f | %,.0f | %s |%n", layer.label(),
					layer.client(), figures.requestsPerSecond(), figures.p99Millis(),
					figures.cpuMillisPer1000Requests(), figures.compileMillisPer1000Requests(), figures.bytesPerRequest(),
					Double.isNaN(previous) ? "" : String.format("%+,.0f", figures.bytesPerRequest() - previous)));
			previous = figures.bytesPerRequest();
		}
		md.append('\n');
	}

	private static void appendMemory(StringBuilder md, BenchmarkReport report) {
		md.append("| memory job | result | -Xmx | peak heap used | max heap after GC | GCs | time |\n");
		md.append("|---|---|---:|---:|---:|---:|---:|\n");
		for (MemoryJobResult job : report.memory()) {
			md.append(String.format("| %s | %s | %d MB | %.1f MB | %.1f MB | %d | %.1f s |%n", job.description(),
					job.passed() ? "passed" : "**failed**", job.maxHeapBytes() >> 20, job.peakHeapUsedBytes() / 1048576.0,
					job.maxHeapAfterGcBytes() / 1048576.0, job.gcCount(), job.durationMillis() / 1000.0));
		}
		md.append('\n');
	}

	private static void appendStartup(StringBuilder md, StartupResult startup) {
		md.append(String.format("| context start (SpringApplication.run, non-web), median of %d | with starter | without"
				+ " | added | ratio |%n", startup.repeats()));
		md.append("|---|---:|---:|---:|---:|\n");
		appendStartupFigures(md, "cold: a fresh JVM per start", startup.cold());
		appendStartupFigures(md, "warm: starts alternating in one JVM", startup.warm());
		md.append('\n');
	}

	private static void appendStartupFigures(StringBuilder md, String kind, StartupResult.Figures figures) {
		md.append(String.format("| **%s** | %.0f ms | %.0f ms | %+.1f ms | %.2fx |%n", kind, figures.withStarterMillis(),
				figures.withoutStarterMillis(), figures.addedMillis(), figures.ratio()));
		for (StartupResult.BeanCost bean : figures.costliestBeans()) {
			md.append(String.format("| &nbsp; bean `%s`, with what it pulls in | %.1f ms | %.1f ms | %+.1f ms | |%n",
					bean.bean(), bean.withStarterMillis(), bean.withoutStarterMillis(), bean.addedMillis()));
		}
	}

}
