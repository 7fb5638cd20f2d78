package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.reactive.JdkClientHttpConnector;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.autoconfigure.VoucherifyAutoConfiguration;
import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.TransactionsExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The connector for exported files is made when the first file is fetched, not with the
 * template: most applications never download an export, and the JDK's {@code HttpClient}
 * behind the default one takes a millisecond and a selector thread to make (tens of
 * milliseconds in a fresh JVM).
 */
class DownloadConnectorTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private VoucherifyEmulator emulator;

	@BeforeEach
	void start() {
		this.emulator = VoucherifyEmulator.builder().jobDuration(Duration.ofMillis(50)).start();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void isMadeOnTheFirstDownloadAndKeptForTheNext() {
		AtomicInteger made = new AtomicInteger();
		VouchersTemplate template = VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.downloadConnector(() -> {
				made.incrementAndGet();
				return new JdkClientHttpConnector();
			})
			.build();
		TransactionsExport done = finishedExport(template);
		assertThat(made).as("connectors made before any download").hasValue(0);

		assertThat(template.downloadExportRows(done).collectList().block(WAIT)).hasSize(1);
		assertThat(template.downloadExportRows(done).collectList().block(WAIT)).hasSize(1);

		assertThat(made).hasValue(1);
	}

	@Test
	void aSupplierThatMakesNoConnectorIsNamedOnTheFirstDownload() {
		VouchersTemplate template = VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.downloadConnector(() -> null)
			.build();
		TransactionsExport done = finishedExport(template);
		int downloads = this.emulator.journal().count(Operation.DOWNLOAD_EXPORT);

		assertThatIllegalStateException().isThrownBy(() -> template.downloadExport(done))
			.withMessage("the downloadConnector supplier returned null instead of a connector");
		assertThat(this.emulator.journal().count(Operation.DOWNLOAD_EXPORT)).isEqualTo(downloads);
	}

	@Test
	void aContextStartsNoHttpClientForDownloads() {
		Set<String> before = selectorThreads();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(VoucherifyAutoConfiguration.class))
			.withPropertyValues("voucherify.base-url=" + this.emulator.baseUrl(),
					"voucherify.app-id=" + this.emulator.appId(), "voucherify.app-token=" + this.emulator.appToken())
			.run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				assertThat(selectorThreads()).as("JDK HttpClient selector threads after the start")
					.isSubsetOf(before);
				TransactionsExport done = finishedExport(vouchers);
				assertThat(vouchers.downloadExportRows(done).collectList().block(WAIT)).hasSize(1);
			});
	}

	private TransactionsExport finishedExport(VouchersOperations vouchers) {
		this.emulator.addGiftCard("CARD", 0);
		this.emulator.updateBalance("CARD", 100, "top-up");
		String id = vouchers.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty()).block(WAIT).id();
		TransactionsExport done = vouchers.awaitExport(id).block(WAIT);
		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		return done;
	}

	/** The JDK's HttpClient runs one selector thread per client, named after it. */
	private static Set<String> selectorThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.map(Thread::getName)
			.filter((name) -> name.endsWith("SelectorManager"))
			.collect(Collectors.toSet());
	}

}
