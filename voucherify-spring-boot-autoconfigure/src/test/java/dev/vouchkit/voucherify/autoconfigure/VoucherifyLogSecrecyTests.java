package dev.vouchkit.voucherify.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.APP_ID;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.APP_TOKEN;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.BALANCE;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app token appears in no log line, at any level, even with WebClient's request
 * details logging on.
 */
@ExtendWith(OutputCaptureExtension.class)
class VoucherifyLogSecrecyTests {

	private static final List<String> LOGGERS = List.of(LoggingSystem.ROOT_LOGGER_NAME,
			"org.springframework.web.reactive.function.client", "org.springframework.http", "reactor.netty",
			"dev.vouchkit");

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private final Map<String, LogLevel> previousLevels = new LinkedHashMap<>();

	private MockWebServer server;

	@BeforeEach
	void traceEverything() throws IOException {
		for (String logger : LOGGERS) {
			LoggerConfiguration configuration = this.loggingSystem.getLoggerConfiguration(logger);
			this.previousLevels.put(logger, (configuration != null) ? configuration.getConfiguredLevel() : null);
			this.loggingSystem.setLogLevel(logger, LogLevel.TRACE);
		}
		this.server = new MockWebServer();
		this.server.start();
	}

	@AfterEach
	void restoreLevels() {
		this.server.close();
		this.previousLevels.forEach(this.loggingSystem::setLogLevel);
	}

	@Test
	void tokenIsInNoLogLine(CapturedOutput output) {
		this.server.enqueue(json(200, VOUCHER));
		this.server.enqueue(status(503));
		this.server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthorized\",\"key\":\"unauthorized\"}"));
		this.server.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.server)
			.withPropertyValues("spring.http.codecs.log-request-details=true")
			.run((context) -> {
				VouchersOperations vouchers = context.getBean(VouchersOperations.class);
				StepVerifier.create(vouchers.getVoucher("GIFT-1")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
				StepVerifier.create(vouchers.getVoucher("GIFT-1")).expectError().verify(Duration.ofSeconds(30));
				StepVerifier.create(vouchers.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(5)))
					.expectNextCount(1)
					.expectComplete()
					.verify(Duration.ofSeconds(30));
			});
		assertThat(this.server.getRequestCount()).isEqualTo(4);
		// The logging really was at TRACE with request details: WebClient logged the headers it knows (the
		// client's fixed ones go onto Reactor Netty's request, below WebClient, as the token does).
		assertThat(output).contains("HTTP GET").contains("HTTP POST").contains("headers=[Content-Type:\"application/json\"");
		assertThat(output).doesNotContain(APP_TOKEN);
	}

}
