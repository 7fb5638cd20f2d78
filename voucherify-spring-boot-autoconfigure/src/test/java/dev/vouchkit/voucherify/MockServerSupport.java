package dev.vouchkit.voucherify;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;

import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loopback MockWebServer and a template pointed at it, for request/reply tests.
 */
abstract class MockServerSupport {

	static final String APP_ID = VoucherifyTestSupport.APP_ID;

	static final String APP_TOKEN = VoucherifyTestSupport.APP_TOKEN;

	@StartStop
	protected final MockWebServer server = new MockWebServer();

	protected VouchersTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = templateBuilder().build();
	}

	protected VouchersTemplate.Builder templateBuilder() {
		return VoucherifyTestSupport.templateBuilder(this.server)
			.responseTimeout(Duration.ofSeconds(20))
			.blockingTimeout(Duration.ofSeconds(10));
	}

	protected void enqueueJson(int status, String json) {
		this.server.enqueue(VoucherifyTestSupport.json(status, json));
	}

	protected void enqueueNoContent() {
		this.server.enqueue(VoucherifyTestSupport.status(204));
	}

	protected RecordedRequest takeRequest() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(VoucherifyTestSupport.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(request).as("request received by the server").isNotNull();
		return request;
	}

	protected static String bodyOf(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().utf8() : "";
	}

}
