package dev.vouchkit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.clients.ClientSpec;
import dev.vouchkit.benchmarks.load.LoadBenchmark;
import dev.vouchkit.benchmarks.memory.MemoryBenchmark;
import dev.vouchkit.benchmarks.report.BenchmarkReport;
import dev.vouchkit.benchmarks.report.ClientResults;
import dev.vouchkit.benchmarks.report.MarkdownReport;
import dev.vouchkit.benchmarks.report.MemoryJobResult;
import dev.vouchkit.benchmarks.report.Ratios;
import dev.vouchkit.benchmarks.report.StartupResult;
import dev.vouchkit.benchmarks.report.Targets;
import dev.vouchkit.benchmarks.startup.StartupBenchmark;

/**
 * Runs the benchmark and writes {@code benchmark-results.json} and
 * {@code benchmark-results.md} to the output directory. The full run:
 * <pre>
 * ./mvnw -q -pl benchmarks -am verify -DskipTests -Pbenchmarks,generated-client
 * </pre>
 * This JVM only orchestrates: the server, each client, each memory job and each startup
 * run in JVMs of their own (see {@link dev.vouchkit.benchmarks.fork.ChildJvm}).
 */
public final class BenchmarkMain {

	public static final String JSON_FILE = "benchmark-results.json";

	public static final String MARKDOWN_FILE = "benchmark-results.md";

	private BenchmarkMain() {
	}

	public static void main(String[] args) {
		BenchmarkSettings settings = BenchmarkSettings.parse(args);
		BenchmarkReport report = run(settings, System.out);
		System.out.println();
		System.out.println(MarkdownReport.render(report));
		System.out.println("Written to " + settings.outputDirectory().resolve(JSON_FILE).toAbsolutePath());
		// Reactor Netty and emulator threads are not daemons.
		System.exit(0);
	}

	/**
	 * Runs the parts the settings name and writes the results.
	 * @param settings the sizes
	 * @param progress where progress lines go
	 * @return the report, as written
	 */
	public static BenchmarkReport run(BenchmarkSettings settings, PrintStream progress) {
		String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
		List<ClientSpec> clients = ClientSpec.compared();
		progress.printf("Benchmarking clients %s (%s run) on %d cores; output in %s%n",
				clients.stream().map(ClientSpec::label).toList(), settings.mode(),
				Runtime.getRuntime().availableProcessors(), settings.outputDirectory().toAbsolutePath());
		List<ClientResults> load = settings.runs("load")
				? new LoadBenchmark(settings, progress).run(clients, settings.levels()) : List.of();
		List<ClientResults> layers = settings.runs("layers")
				? new LoadBenchmark(settings, progress).run(ClientSpec.starterLayers(), List.of(settings.layersLevel()))
				: List.of();
		List<MemoryJobResult> memory = settings.runs("memory") ? new MemoryBenchmark(settings, progress).run()
				: List.of();
		StartupResult startup = settings.runs("startup") ? new StartupBenchmark(settings, progress).run() : null;
		BenchmarkReport report = new BenchmarkReport(date, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), settings, load,
				Ratios.lines(load), layers, memory, startup, Targets.check(load, memory, startup));
		write(report, settings.outputDirectory());
		return report;
	}

	private static void write(BenchmarkReport report, Path directory) {
		try {
			Files.createDirectories(directory);
			JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
			Files.writeString(directory.resolve(JSON_FILE), json.writeValueAsString(report));
			Files.writeString(directory.resolve(MARKDOWN_FILE), MarkdownReport.render(report));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
