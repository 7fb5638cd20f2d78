package dev.vouchkit.benchmarks.memory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.fork.ChildProtocol;
import dev.vouchkit.voucherify.CsvImport;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.CsvImportResponse;
import dev.vouchkit.voucherify.model.ListVouchersQuery;

/**
 * A memory job in a JVM of its own, started with a small {@code -Xmx}: a Spring Boot
 * application with the starter either streams every voucher of the emulator or imports a
 * CSV file into it. Passing means finishing with the right result, where holding the whole
 * stream or file in memory would end in an {@code OutOfMemoryError}.
 * <p>
 * Arguments: {@code stream <baseUrl>} or {@code import <baseUrl> <csvFile>}. Reports
 * {@code items} (vouchers streamed; the orchestrator counts imported ones), and for a
 * stream the sum of the codes' numbers, so a voucher repeated or skipped is caught.
 */
public final class MemoryJobMain {

	/** Seeded and imported codes end in their row number, which the stream adds up. */
	static final String STREAM_CODE_PREFIX = "MEM-";

	private MemoryJobMain() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = BenchmarkApplication.start(args[1], Map.of(
				// The import sends 10 MB over loopback; its reply comes when the emulator has read it all.
				"voucherify.operations.import-vouchers-using-csv.response-timeout", "2m"))) {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			System.gc();
			long started = System.nanoTime();
			long items = 0;
			long codeNumberSum = 0;
			try (HeapWatcher heap = HeapWatcher.start()) {
				if (args[0].equals("stream")) {
					AtomicLong count = new AtomicLong();
					AtomicLong sum = new AtomicLong();
					vouchers.streamVouchers(ListVouchersQuery.builder().limit(100).build())
						.doOnNext((voucher) -> {
							count.incrementAndGet();
							sum.addAndGet(Long.parseLong(voucher.code().substring(STREAM_CODE_PREFIX.length())));
						})
						.then()
						.block(Duration.ofMinutes(10));
					items = count.get();
					codeNumberSum = sum.get();
				}
				else {
					CsvImportResponse response = vouchers.importVouchersUsingCsv(CsvImport.of(Path.of(args[2])))
						.block(Duration.ofMinutes(5));
					if (response == null || response.asyncActionId() == null) {
						throw new IllegalStateException("importCSV returned no async action: " + response);
					}
				}
				ChildProtocol.emit("result", String.format("{\"items\":%d,\"codeNumberSum\":%d,\"maxHeapBytes\":%d,"
						+ "\"peakHeapUsedBytes\":%d,\"maxHeapAfterGcBytes\":%d,\"gcCount\":%d,\"durationMillis\":%d}",
						items, codeNumberSum, Runtime.getRuntime().maxMemory(), heap.peakHeapUsed(),
						heap.maxHeapUsedAfterGc(), heap.collections(), (System.nanoTime() - started) / 1_000_000));
			}
		}
		catch (Throwable ex) {
			ChildProtocol.fail(ex);
		}
		System.exit(0);
	}

}
