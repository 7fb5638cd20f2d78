package dev.vouchkit.voucherify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.JdkClientHttpConnector;

import dev.vouchkit.voucherify.model.BalanceUpdateRequest;

import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every failure reaches the caller as one of our exceptions, with what the API said and
 * never the app token.
 */
class VouchersTemplateErrorTests extends MockServerSupport {

	private static final String NOT_FOUND = """
			{"code":404,"key":"not_found","message":"Resource not found",\
			"details":"Cannot find voucher with id IrKORhS","request_id":"v-0a96cd820301c0483a",\
			"resource_id":"IrKORhS","resource_type":"voucher"}""";

	@Test
	void notFoundCarriesEveryFieldOfTheErrorBody() {
		enqueueJson(404, NOT_FOUND);
		VoucherifyNotFoundException ex = expectError(this.template.getVoucher("IrKORhS"),
				VoucherifyNotFoundException.class);
		assertThat(ex.getStatusCode()).isEqualTo(404);
		assertThat(ex.getKey()).isEqualTo("not_found");
		assertThat(ex.getError().message()).isEqualTo("Resource not found");
		assertThat(ex.getDetails()).isEqualTo("Cannot find voucher with id IrKORhS");
		assertThat(ex.getRequestId()).isEqualTo("v-0a96cd820301c0483a");
		assertThat(ex.getResourceId()).isEqualTo("IrKORhS");
		assertThat(ex.getResourceType()).isEqualTo("voucher");
		assertThat(ex.getOperation()).isEqualTo(VoucherifyOperation.GET_VOUCHER);
		assertThat(ex.isTransient()).isFalse();
		assertThat(ex).hasMessageContaining("getVoucher").hasMessageContaining("404").hasMessageContaining("not_found");
	}

	@Test
	void statusesMapToTypes() {
		assertStatus(400, "{\"code\":400,\"key\":\"invalid_payload\",\"message\":\"Invalid payload\"}",
				VoucherifyBadRequestException.class, false);
		assertStatus(401, "{\"code\":401,\"message\":\"Unauthorized\",\"key\":\"unauthorized\"}",
				VoucherifyAuthenticationException.class, false);
		assertStatus(403, "{\"code\":403,\"message\":\"Forbidden\",\"key\":\"forbidden\"}",
				VoucherifyAuthenticationException.class, false);
		assertStatus(409, "{\"code\":409,\"key\":\"duplicate_found\",\"message\":\"Duplicated resource found\"}",
				VoucherifyConflictException.class, false);
		assertStatus(402, "{\"code\":402,\"key\":\"missing_required_feature\",\"message\":\"Payment required\"}",
				VoucherifyApiException.class, false);
		assertStatus(500, "{\"code\":500,\"message\":\"Internal Server Error\"}", VoucherifyServerException.class,
				false);
		assertStatus(502, "", VoucherifyServiceUnavailableException.class, true);
		assertStatus(503, "{\"code\":503,\"message\":\"Service Unavailable\"}",
				VoucherifyServiceUnavailableException.class, true);
		assertStatus(504, "", VoucherifyServiceUnavailableException.class, true);
	}

	@Test
	void rateLimitCarriesRetryAfterAndQuotaHeaders() {
		this.server.enqueue(new MockResponse.Builder().code(429)
			.setHeader("Retry-After", "3")
			.setHeader("X-Rate-Limit-Limit", "100")
			.setHeader("X-Rate-Limit-Remaining", "0")
			.setHeader("X-Rate-Limit-Retry", "1700000000")
			.setHeader("Content-Type", "application/json")
			.body("{\"code\":429,\"message\":\"Too many requests\",\"key\":\"too_many_requests\"}")
			.build());
		VoucherifyRateLimitException ex = expectError(this.template.getVoucher("A"), VoucherifyRateLimitException.class);
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(ex.getLimit()).isEqualTo(100);
		assertThat(ex.getRemaining()).isZero();
		assertThat(ex.getRetryAt()).hasToString("2023-11-14T22:13:20Z");
		assertThat(ex.isTransient()).isTrue();
		assertThat(ex).isInstanceOf(TransientVoucherifyException.class).hasMessageContaining("retry after 3s");
	}

	@Test
	void gatewayErrorShapeIsReadToo() {
		enqueueJson(413, "{\"statusCode\":413,\"error\":\"Request Entity Too Large\","
				+ "\"message\":\"Payload content length greater than maximum allowed: 10485760\"}");
		VoucherifyBadRequestException ex = expectError(this.template.getVoucher("A"), VoucherifyBadRequestException.class);
		assertThat(ex.getStatusCode()).isEqualTo(413);
		assertThat(ex.getError().errorMessage()).isEqualTo("Request Entity Too Large");
		assertThat(ex.getError().message()).contains("10485760");
		assertThat(ex).hasMessageContaining("Request Entity Too Large").hasMessageContaining("10485760");
	}

	@Test
	void htmlFromAProxyBecomesAnExcerpt() {
		String page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x".repeat(2000)
				+ "</body></html>";
		this.server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(page).build());
		VoucherifyServiceUnavailableException ex = expectError(this.template.getVoucher("A"),
				VoucherifyServiceUnavailableException.class);
		assertThat(ex.getError().bodyExcerpt()).startsWith("<html> <head><title>502 Bad Gateway</title>")
			.hasSizeLessThan(210);
		assertThat(ex).hasMessageContaining("502 Bad Gateway");
	}

	@Test
	void validationRuleMessageIsKept() {
		enqueueJson(400, "{\"code\":400,\"key\":\"voucher_not_active\",\"message\":\"voucher not active\","
				+ "\"error\":{\"message\":\"Starts on Monday\"},\"related_object_ids\":[\"v_1\"]}");
		VoucherifyBadRequestException ex = expectError(this.template.getVoucher("A"), VoucherifyBadRequestException.class);
		assertThat(ex.getError().errorMessage()).isEqualTo("Starts on Monday");
		assertThat(ex.getError().body().relatedObjectIds()).containsExactly("v_1");
		assertThat(ex).hasMessageContaining("Starts on Monday");
	}

	@Test
	void jsonOfAnotherShapeBecomesAnExcerpt() {
		enqueueJson(503, "{\"maintenance\":true}");
		VoucherifyServiceUnavailableException ex = expectError(this.template.getVoucher("A"),
				VoucherifyServiceUnavailableException.class);
		assertThat(ex.getError().body()).isNull();
		assertThat(ex.getError().bodyExcerpt()).isEqualTo("{\"maintenance\":true}");
	}

	@Test
	void emptyErrorBodyIsSaid() {
		this.server.enqueue(new MockResponse.Builder().code(500).build());
		VoucherifyServerException ex = expectError(this.template.getVoucher("A"), VoucherifyServerException.class);
		assertThat(ex).hasMessageContaining("500").hasMessageContaining("empty body");
	}

	@Test
	void malformedSuccessBodyNamesTheOperation() {
		enqueueJson(200, "{\"code\": \"A\", ");
		VoucherifyResponseFormatException ex = expectError(this.template.enableVoucher("A"),
				VoucherifyResponseFormatException.class);
		assertThat(ex).hasMessageContaining("enableVoucher").hasMessageContaining("Voucher");
		assertThat(ex.getStatusCode()).isEqualTo(200);
	}

	@Test
	void successBodyOfAnotherShapeNamesTheOperation() {
		enqueueJson(200, "[1, 2, 3]");
		VoucherifyResponseFormatException ex = expectError(this.template.getVoucher("A"),
				VoucherifyResponseFormatException.class);
		assertThat(ex).hasMessageContaining("getVoucher");
	}

	@Test
	void emptySuccessBodyNamesTheOperation() {
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		VoucherifyResponseFormatException ex = expectError(
				this.template.updateVoucherBalance("A", BalanceUpdateRequest.of(100)),
				VoucherifyResponseFormatException.class);
		assertThat(ex).hasMessageContaining("updateVoucherBalance").hasMessageContaining("without");
	}

	@Test
	void connectionRefusedSaysTheRequestWasNotSent() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		VouchersTemplate unreachable = templateBuilder().baseUrl("http://127.0.0.1:" + closedPort).build();
		VoucherifyTransportException ex = expectError(unreachable.updateVoucherBalance("A", BalanceUpdateRequest.of(5)),
				VoucherifyTransportException.class);
		assertThat(ex.isRequestMayHaveReachedServer()).isFalse();
		assertThat(ex.isTransient()).isTrue();
		assertThat(ex).hasMessageContaining("not sent").hasMessageContaining("updateVoucherBalance");
	}

	@Test
	void resetAfterTheRequestWasWrittenSaysTheOutcomeIsUnknown() {
		this.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
		VouchersTemplate unreconciled = templateBuilder().balanceReconciliation(false).build();
		VoucherifyTransportException ex = expectError(unreconciled.updateVoucherBalance("A", BalanceUpdateRequest.of(5)),
				VoucherifyTransportException.class);
		assertThat(ex.isRequestMayHaveReachedServer()).isTrue();
		assertThat(ex).hasMessageContaining("outcome is unknown").hasMessageContaining("source_id=vouchkit-");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void slowReplyTimesOutWithUnknownOutcome() {
		VouchersTemplate impatient = templateBuilder().responseTimeout(Duration.ofMillis(300)).build();
		this.server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());
		VoucherifyResponseTimeoutException ex = expectError(impatient.getVoucher("A"),
				VoucherifyResponseTimeoutException.class);
		assertThat(ex.isRequestMayHaveReachedServer()).isTrue();
		assertThat(ex).hasMessageContaining("PT0.3S").hasMessageContaining("outcome is unknown");
	}

	@Test
	void replyTricklingInBodyIsBoundedAsAWhole() {
		// Without reconciliation, so the only request is the update itself.
		VouchersTemplate impatient = templateBuilder().responseTimeout(Duration.ofSeconds(1))
			.balanceReconciliation(false)
			.build();
		this.server.enqueue(trickling(200, "{\"code\":\"A\",\"object\":\"voucher\",\"padding\":\"" + "x".repeat(80) + "\"}"));
		VoucherifyResponseTimeoutException ex = expectError(impatient.getVoucher("A"),
				VoucherifyResponseTimeoutException.class);
		assertThat(ex).hasMessageContaining("PT1S");
	}

	@Test
	void replyTricklingInIsBoundedAsAWholeOnAConnectorOtherThanReactorNetty() {
		// No Reactor Netty connection to close or to time on its event loop: the deadline still fails the attempt.
		VouchersTemplate impatient = templateBuilder().connector(new JdkClientHttpConnector())
			.responseTimeout(Duration.ofSeconds(1))
			.build();
		this.server.enqueue(trickling(200, "{\"code\":\"A\",\"object\":\"voucher\",\"padding\":\"" + "x".repeat(80) + "\"}"));
		VoucherifyResponseTimeoutException ex = expectError(impatient.getVoucher("A"),
				VoucherifyResponseTimeoutException.class);
		assertThat(ex.isRequestMayHaveReachedServer()).isTrue();
		assertThat(ex).hasMessageContaining("PT1S");
	}

	@Test
	void replyTricklingInIsBoundedOnTheBlockingPathToo() {
		VouchersTemplate impatient = templateBuilder().responseTimeout(Duration.ofSeconds(1))
			.blockingTimeout(Duration.ofMinutes(5))
			.build();
		this.server.enqueue(trickling(200, "{\"code\":\"A\",\"object\":\"voucher\",\"padding\":\"" + "x".repeat(80) + "\"}"));
		assertThatExceptionOfType(VoucherifyResponseTimeoutException.class)
			.isThrownBy(() -> impatient.blocking().getVoucher("A"))
			.withMessageContaining("PT1S");
	}

	@Test
	void balanceUpdateWhoseReplyTricklesIsSentOnceWithUnknownOutcome() throws InterruptedException {
		// Without reconciliation, so the only request is the update itself.
		VouchersTemplate impatient = templateBuilder().responseTimeout(Duration.ofSeconds(1))
			.balanceReconciliation(false)
			.build();
		this.server.enqueue(trickling(200, "{\"amount\":5,\"total\":5,\"balance\":5,\"type\":\"gift_voucher\","
				+ "\"object\":\"balance\",\"padding\":\"" + "x".repeat(80) + "\"}"));
		VoucherifyResponseTimeoutException ex = expectError(
				impatient.updateVoucherBalance("A", BalanceUpdateRequest.of(5)), VoucherifyResponseTimeoutException.class);
		assertThat(ex.isRequestMayHaveReachedServer()).isTrue();
		assertThat(ex).hasMessageContaining("outcome is unknown");
		assertThat(takeRequest().getMethod()).isEqualTo("POST");
		assertThat(this.server.takeRequest(200, TimeUnit.MILLISECONDS)).as("a second request").isNull();
	}

	@Test
	void replyHeadersTricklingInAreBoundedToo() throws Exception {
		try (ServerSocket trickler = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			Thread serving = new Thread(() -> trickleHeaders(trickler), "trickling-headers");
			serving.setDaemon(true);
			serving.start();
			VouchersTemplate impatient = templateBuilder().baseUrl("http://127.0.0.1:" + trickler.getLocalPort())
				.responseTimeout(Duration.ofSeconds(1))
				.build();
			expectError(impatient.getVoucher("A"), VoucherifyResponseTimeoutException.class);
			serving.interrupt();
		}
	}

	/** Reads the request, then sends a status line and headers one byte every 400 ms. */
	private static void trickleHeaders(ServerSocket trickler) {
		try (java.net.Socket socket = trickler.accept()) {
			java.io.BufferedReader request = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
			String line;
			while ((line = request.readLine()) != null && !line.isEmpty()) {
				// the request head; GET has no body
			}
			byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + "x".repeat(200)
					+ "\r\nContent-Length: 2\r\n\r\n{}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			for (byte b : head) {
				socket.getOutputStream().write(b);
				socket.getOutputStream().flush();
				Thread.sleep(400);
			}
		}
		catch (IOException | InterruptedException ex) {
			// the client gave up and closed the connection, as it should
		}
	}

	private static MockResponse trickling(int status, String json) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body(json)
			.throttleBody(1, 400, TimeUnit.MILLISECONDS)
			.build();
	}

	@Test
	void perOperationResponseTimeoutApplies() {
		VouchersTemplate template = templateBuilder().responseTimeout(Duration.ofMillis(200))
			.responseTimeout(VoucherifyOperation.GET_VOUCHER, Duration.ofSeconds(5))
			.build();
		this.server.enqueue(new MockResponse.Builder().code(200)
			.headersDelay(500, TimeUnit.MILLISECONDS)
			.setHeader("Content-Type", "application/json")
			.body("{\"code\":\"A\"}")
			.build());
		StepVerifier.create(template.getVoucher("A"))
			.assertNext((voucher) -> assertThat(voucher.code()).isEqualTo("A"))
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void tokenAppearsInNoMessageNorToString() {
		enqueueJson(401, "{\"code\":401,\"message\":\"Unauthorized\",\"key\":\"unauthorized\"}");
		VoucherifyAuthenticationException ex = expectError(this.template.getVoucher(APP_TOKEN),
				VoucherifyAuthenticationException.class);
		assertThat(ex.getMessage()).doesNotContain(APP_TOKEN);
		assertThat(this.template.toString()).doesNotContain(APP_TOKEN);
		assertThat(templateBuilder().toString()).doesNotContain(APP_TOKEN).contains("******");
		assertThat(this.template.blocking().toString()).doesNotContain(APP_TOKEN);
	}

	private void assertStatus(int status, String body, Class<? extends VoucherifyApiException> type,
			boolean transientFailure) {
		enqueueJson(status, body);
		VoucherifyApiException ex = expectError(this.template.getVoucher("A"), type);
		assertThat(ex).as("HTTP %d", status).isExactlyInstanceOf(type);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.isTransient()).as("transient for HTTP %d", status).isEqualTo(transientFailure);
	}

}
