package dev.vouchkit.voucherify.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.emulator.Fault;
import dev.vouchkit.voucherify.emulator.Operation;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.TransactionsExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An export's download link carries a token, a secret like the app token: with everything
 * logged at TRACE (WebClient's request details included), awaiting and downloading exports,
 * failures included, puts it in no log line, exception, {@code toString()} or metric tag.
 */
@ExtendWith(OutputCaptureExtension.class)
class VoucherifyDownloadSecrecyTests {

	private static final List<String> LOGGERS = List.of(LoggingSystem.ROOT_LOGGER_NAME,
			"org.springframework.web.reactive.function.client", "org.springframework.http", "org.springframework.core",
			"reactor.netty", "jdk.internal.httpclient", "java.net.http", "dev.vouchkit");

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private final Map<String, LogLevel> previousLevels = new LinkedHashMap<>();

	private VoucherifyEmulator emulator;

	@BeforeEach
	void traceEverything() {
		for (String logger : LOGGERS) {
			LoggerConfiguration configuration = this.loggingSystem.getLoggerConfiguration(logger);
			this.previousLevels.put(logger, (configuration != null) ? configuration.getConfiguredLevel() : null);
			this.loggingSystem.setLogLevel(logger, LogLevel.TRACE);
		}
		this.emulator = VoucherifyEmulator.builder().jobDuration(Duration.ofMillis(200)).start();
	}

	@AfterEach
	void restoreLevels() {
		this.emulator.close();
		this.previousLevels.forEach(this.loggingSystem::setLogLevel);
	}

	@Test
	void theDownloadTokenIsInNoLogLineExceptionOrMetricTag(CapturedOutput output) {
		this.emulator.addGiftCard("CARD", 100);
		this.emulator.updateBalance("CARD", 50, "top-up");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		List<String> seen = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=" + this.emulator.baseUrl(),
					"voucherify.app-id=" + this.emulator.appId(), "voucherify.app-token=" + this.emulator.appToken(),
					"voucherify.jobs.initial-interval=10ms", "voucherify.jobs.max-interval=50ms",
					"spring.http.codecs.log-request-details=true")
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				String id = vouchers.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty())
					.block(Duration.ofSeconds(30))
					.id();
				ids.add(id);
				TransactionsExport done = vouchers.awaitExport(id).block(Duration.ofSeconds(30));
				URI url = URI.create(done.result().url());
				tokens.add(url.getQuery().substring("token=".length()));
				assertThat(vouchers.downloadExportRows(done).collectList().block(Duration.ofSeconds(30))).hasSize(1);
				seen.add(done.toString());
				seen.add(vouchers.getExport(id).block(Duration.ofSeconds(30)).toString());

				// A link the download host refuses, one it fails on, one that cannot connect.
				TransactionsExport tampered = withUrl(done, done.result().url() + "x");
				seen.add(failure(() -> vouchers.downloadExport(tampered).blockLast(Duration.ofSeconds(30))));
				this.emulator.faults().enqueue(Operation.DOWNLOAD_EXPORT, Fault.status(500));
				seen.add(failure(() -> vouchers.downloadExport(done).blockLast(Duration.ofSeconds(30))));
				TransactionsExport unreachable = withUrl(done,
						"http://127.0.0.1:1" + url.getRawPath() + "?" + url.getRawQuery());
				seen.add(failure(() -> vouchers.downloadExport(unreachable).blockLast(Duration.ofSeconds(30))));
				seen.add(failure(() -> vouchers.blocking().downloadExportRows(unreachable).count()));
			});
		String token = tokens.get(0);
		assertThat(token).hasSizeGreaterThan(8);
		// The calls really were logged at TRACE, each poll with the export's status included.
		assertThat(output).contains("awaitExport " + ids.get(0) + ": DONE").contains("HTTP GET");
		assertThat(output).doesNotContain(token);
		assertThat(seen).hasSize(6).allSatisfy((text) -> assertThat(text).doesNotContain(token));
		assertThat(meters.getMeters()).flatExtracting((Meter meter) -> meter.getId().getTags())
			.extracting(Tag::getValue)
			.isNotEmpty()
			.allSatisfy((value) -> assertThat(value).doesNotContain(token));
		assertThat(meters.find("voucherify.client.operation").tag("voucherify.operation", "exports.download").timers())
			.isNotEmpty();
		// Files go to a host that is not the API's: no app keys went with them.
		assertThat(this.emulator.journal().entries(Operation.DOWNLOAD_EXPORT))
			.allSatisfy((entry) -> assertThat(entry.headers()).doesNotContainKey("x-app-id"));
	}

	private static TransactionsExport withUrl(TransactionsExport export, String url) {
		return new TransactionsExport(export.id(), export.object(), export.createdAt(), export.status(),
				export.channel(), export.exportedObject(), export.parameters(), new TransactionsExport.Result(url),
				export.userId(), export.other());
	}

	/** The exception's message, its causes' and its {@code toString()}. */
	private static String failure(Runnable call) {
		VoucherifyException ex = catchThrowableOfType(VoucherifyException.class, call::run);
		assertThat(ex).isNotNull();
		StringBuilder text = new StringBuilder();
		for (Throwable current = ex; current != null; current = current.getCause()) {
			text.append(current).append('\n');
		}
		return text.toString();
	}

}
