package dev.vouchkit.benchmarks.memory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vouchkit.benchmarks.BenchmarkSettings;
import dev.vouchkit.benchmarks.fork.ChildJvm;
import dev.vouchkit.benchmarks.fork.ChildProcess;
import dev.vouchkit.benchmarks.report.MemoryJobResult;
import dev.vouchkit.voucherify.emulator.TickingClock;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

/**
 * The memory part: the emulator runs here, with plenty of heap; each job runs in a
 * {@link MemoryJobMain} JVM limited to {@code -Xmx64m}.
 */
public final class MemoryBenchmark {

	private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

	private final BenchmarkSettings settings;

	private final PrintStream progress;

	private final JsonMapper json = JsonMapper.builder().build();

	public MemoryBenchmark(BenchmarkSettings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	public List<MemoryJobResult> run() {
		List<MemoryJobResult> results = new ArrayList<>();
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder()
			.clock(new TickingClock(Instant.parse("2024-01-01T00:00:00Z")))
			.start()) {
			results.add(streamVouchers(emulator));
			emulator.reset();
			results.add(importCsv(emulator));
		}
		return results;
	}

	private MemoryJobResult streamVouchers(VoucherifyEmulator emulator) {
		int count = this.settings.streamedVouchers();
		this.progress.printf("memory: seeding %,d vouchers into the emulator%n", count);
		for (int i = 0; i < count; i++) {
			emulator.addGiftCard(MemoryJobMain.STREAM_CODE_PREFIX + i, 10_000);
		}
		String description = String.format("streamVouchers over %,d vouchers (pages of 100)", count);
		this.progress.println("memory: " + description);
		JsonNode result = runJob("stream-vouchers", "stream", emulator.baseUrl());
		if (result.has("failure")) {
			return failed("stream-vouchers", description, count, result);
		}
		long streamed = result.get("items").asLong();
		long sum = result.get("codeNumberSum").asLong();
		long expectedSum = (long) count * (count - 1) / 2;
		String failure = (streamed != count || sum != expectedSum) ? "streamed " + streamed
				+ " vouchers (code number sum " + sum + "), expected " + count + " (" + expectedSum
				+ "): some were repeated or skipped" : null;
		return measured("stream-vouchers", description, streamed, count, result, failure);
	}

	private MemoryJobResult importCsv(VoucherifyEmulator emulator) {
		Path csv = this.settings.outputDirectory().resolve("memory/vouchers-import.csv");
		int rows = writeCsv(csv, this.settings.csvBytes());
		String description = String.format("importVouchersUsingCsv of a %,d-byte CSV (%,d vouchers)",
				this.settings.csvBytes(), rows);
		this.progress.println("memory: " + description);
		JsonNode result = runJob("import-csv", "import", emulator.baseUrl(), csv.toString());
		if (result.has("failure")) {
			return failed("import-csv", description, rows, result);
		}
		int imported = emulator.voucherCount();
		String failure = (imported != rows) ? "the emulator holds " + imported + " vouchers after the import, expected "
				+ rows : null;
		return measured("import-csv", description, imported, rows, result, failure);
	}

	/** Runs a {@link MemoryJobMain}; its result, or {@code {"failure": ...}} when it died (e.g. out of memory). */
	private JsonNode runJob(String job, String... arguments) {
		ChildProcess child = ChildJvm.running(MemoryJobMain.class)
			.jvmArguments("-Xmx" + this.settings.memoryJobHeap())
			.arguments(arguments)
			.logFile(this.settings.outputDirectory().resolve("logs/memory-" + job + ".log"))
			.start();
		try (child) {
			return this.json.readTree(child.await("result", JOB_TIMEOUT));
		}
		catch (IllegalStateException ex) {
			return this.json.createObjectNode().put("failure", ex.getMessage());
		}
	}

	private static MemoryJobResult measured(String job, String description, long items, long expected,
			JsonNode result, String failure) {
		return new MemoryJobResult(job, description, failure == null, items, expected,
				result.get("maxHeapBytes").asLong(), result.get("peakHeapUsedBytes").asLong(),
				result.get("maxHeapAfterGcBytes").asLong(), result.get("gcCount").asLong(),
				result.get("durationMillis").asLong(), failure);
	}

	private static MemoryJobResult failed(String job, String description, long expected, JsonNode result) {
		return new MemoryJobResult(job, description, false, 0, expected, 0, 0, 0, 0, 0,
				result.get("failure").asString());
	}

	/**
	 * A CSV of gift cards in the import format, {@code size} bytes long give or take a row.
	 * Rows are padded to about 110 bytes, so a 10 MB file stays under the API's other
	 * limit, 100,000 codes per file.
	 * @return the number of rows
	 */
	static int writeCsv(Path csv, long size) {
		try {
			Files.createDirectories(csv.getParent());
			try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				String header = "Code,Voucher Type,Value,Category,Additional Info\n";
				out.write(header);
				long written = header.length();
				int rows = 0;
				while (true) {
					String row = String.format("%s%07d,GIFT_VOUCHER,10000,gift-cards,Benchmark import row %07d of a"
							+ " generated file; padded to about 110 bytes%n", MemoryJobMain.STREAM_CODE_PREFIX, rows, rows);
					if (written + row.length() > size) {
						return rows;
					}
					out.write(row);
					written += row.length();
					rows++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
