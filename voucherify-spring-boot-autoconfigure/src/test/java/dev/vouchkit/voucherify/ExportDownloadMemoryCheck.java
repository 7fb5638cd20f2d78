package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBufferUtils;

import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.TransactionsExport;

/**
 * Run in a JVM of its own by {@link ExportDownloadMemoryTests} with a small heap: downloads a
 * large export twice, as bytes and as rows, and prints what it counted:
 * {@code BYTES <n> ROWS <m> HEAP <max used bytes>}.
 */
public final class ExportDownloadMemoryCheck {

	private ExportDownloadMemoryCheck() {
	}

	public static void main(String[] args) {
		String url = args[0];
		VouchersOperations vouchers = VouchersTemplate.builder()
			// Never called: the export is handed over DONE. Plain http, as the file's server is.
			.baseUrl("http://127.0.0.1:9")
			.appId("memory-check")
			.appToken("memory-check-token")
			.build();
		TransactionsExport export = new TransactionsExport("exp_big", "export", OffsetDateTime.now(), ExportStatus.DONE,
				"API", "voucher_transactions", null, new TransactionsExport.Result(url), null, null);
		AtomicLong bytes = new AtomicLong();
		vouchers.downloadExport(export).doOnNext((buffer) -> {
			bytes.addAndGet(buffer.readableByteCount());
			DataBufferUtils.release(buffer);
		}).blockLast(Duration.ofMinutes(5));
		long rows = vouchers.downloadExportRows(export).count().block(Duration.ofMinutes(5));
		Runtime runtime = Runtime.getRuntime();
		System.out.println("BYTES " + bytes.get() + " ROWS " + rows + " MAXHEAP " + runtime.maxMemory());
		System.exit(0);
	}

}
