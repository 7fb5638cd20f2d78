package dev.vouchkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.clients.ClientSpec;
import dev.vouchkit.benchmarks.report.BenchmarkReport;
import dev.vouchkit.benchmarks.report.ClientResults;
import dev.vouchkit.benchmarks.report.LevelFigures;
import dev.vouchkit.benchmarks.report.MemoryJobResult;
import dev.vouchkit.benchmarks.report.StartupResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole harness at tiny sizes on every build, so that it cannot rot: every part
 * must produce figures and write its report. Never asserts on how fast anything is (the
 * build machine is shared); only that the output is complete and sane.
 */
class BenchmarkSmokeTest {

	private final Path output = Path.of(System.getProperty("benchmarks.output.dir", "target/smoke"));

	@Test
	void harnessMeasuresEveryClientAndPartAndWritesTheReport() throws Exception {
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		BenchmarkReport report = BenchmarkMain.run(BenchmarkSettings.parse("--smoke", "--output=" + this.output),
				new PrintStream(progress, true, StandardCharsets.UTF_8));

		List<String> expectedClients = ClientSpec.compared().stream().map(ClientSpec::label).toList();
		assertThat(expectedClients).contains("a", "a1", "b", "b0");
		assertThat(report.clients()).extracting(ClientResults::label).containsExactlyElementsOf(expectedClients);
		for (ClientResults client : report.clients()) {
			assertThat(client.levels()).extracting(LevelFigures::inFlight).containsExactly(1, 16);
			client.levels().forEach((level) -> assertSane(client.label(), level));
		}
		assertThat(report.ratios()).isNotEmpty().allSatisfy((line) -> assertThat(line).doesNotContain("NaN", "Infinity"));
		assertThat(report.clients()).filteredOn((client) -> client.label().equals("b"))
			.singleElement()
			.satisfies((starter) -> assertThat(starter.facts()).containsKey("voucherify.client.operation observations"));

		assertThat(report.layers()).extracting(ClientResults::label).containsExactly("a", "b1", "b2", "b3", "b4", "b");
		report.layers().forEach((layer) -> assertSane(layer.label(), layer.levels().get(0)));

		assertThat(report.memory()).extracting(MemoryJobResult::job).containsExactly("stream-vouchers", "import-csv");
		for (MemoryJobResult job : report.memory()) {
			assertThat(job.passed()).as(job.job() + ": " + job.failure()).isTrue();
			assertThat(job.items()).isEqualTo(job.expectedItems()).isPositive();
			assertThat(job.maxHeapBytes()).isLessThanOrEqualTo(64L << 20);
			assertThat(job.peakHeapUsedBytes()).isPositive();
		}

		for (StartupResult.Figures startup : List.of(report.startup().cold(), report.startup().warm())) {
			assertThat(startup.withStarterRuns()).hasSize(3).allSatisfy((millis) -> assertThat(millis).isPositive());
			assertThat(startup.withoutStarterRuns()).hasSize(3).allSatisfy((millis) -> assertThat(millis).isPositive());
			assertThat(startup.costliestBeans()).isNotEmpty();
		}
		assertThat(report.targets()).isNotEmpty();

		JsonNode json = JsonMapper.builder().build().readTree(this.output.resolve(BenchmarkMain.JSON_FILE).toFile());
		assertThat(json.get("clients")).hasSize(expectedClients.size());
		assertThat(json.get("memory")).hasSize(2);
		assertThat(json.get("startup").get("cold").get("withStarterMillis").asDouble()).isPositive();
		assertThat(Files.readString(this.output.resolve(BenchmarkMain.MARKDOWN_FILE))).contains("| client |",
				"| memory job |", "| target |");
	}

	private static void assertSane(String client, LevelFigures level) {
		assertThat(level.errors()).as("(%s) at %d in flight failed with %s", client, level.inFlight(), level.firstError())
			.isZero();
		assertThat(level.requestsPerSecond()).as("(%s) req/s", client).isPositive().isFinite();
		assertThat(level.p50Millis()).as("(%s) p50", client).isPositive();
		assertThat(level.p99Millis()).as("(%s) p99", client).isGreaterThanOrEqualTo(level.p50Millis());
		assertThat(level.cpuMillisPer1000Requests()).as("(%s) CPU", client).isPositive();
		assertThat(level.compileMillisPer1000Requests()).as("(%s) JIT", client).isNotNegative().isFinite();
		assertThat(level.bytesPerRequest()).as("(%s) bytes per request", client).isPositive();
	}

}
