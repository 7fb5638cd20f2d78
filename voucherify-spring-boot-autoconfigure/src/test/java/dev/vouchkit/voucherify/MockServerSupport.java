package dev.vouchkit.voucherify;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loopback MockWebServer and a template pointed at it, for request/reply tests.
 */
abstract class MockServerSupport {

	static final String APP_ID = "test-app-id";

	static final String APP_TOKEN = "s3cr3t-app-token-7f1c";

	@StartStop
	protected final MockWebServer server = new MockWebServer();

	protected VouchersTemplate template;

	@BeforeEach
	void createTemplate() {
		this.template = templateBuilder().build();
	}

	protected VouchersTemplate.Builder templateBuilder() {
		return VouchersTemplate.builder()
			.baseUrl(this.server.url("/").toString())
			.appId(APP_ID)
			.appToken(APP_TOKEN)
			.responseTimeout(Duration.ofSeconds(20))
			.blockingTimeout(Duration.ofSeconds(10));
	}

	protected void enqueueJson(int status, String json) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json; charset=utf-8")
			.body(json)
			.build());
	}

	protected void enqueueNoContent() {
		this.server.enqueue(new MockResponse.Builder().code(204).build());
	}

	protected RecordedRequest takeRequest() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(30, TimeUnit.SECONDS);
		assertThat(request).as("request received by the server").isNotNull();
		return request;
	}

	protected static String bodyOf(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().utf8() : "";
	}

}
