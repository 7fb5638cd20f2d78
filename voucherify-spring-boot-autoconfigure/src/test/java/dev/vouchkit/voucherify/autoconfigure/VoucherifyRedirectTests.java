package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.vouchkit.voucherify.VoucherifyRedirectException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.APP_TOKEN;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.BALANCE;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.expectError;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API never redirects its calls, so a redirect is either a misconfigured proxy or an
 * attack: the auto-configured client (on Boot's HTTP client settings, which follow
 * redirects by default) must not carry the app token or the money anywhere, proven by
 * counting what each loopback server received.
 */
class VoucherifyRedirectTests {

	private static final String SECRET_QUERY = "token=dl-secret-51a";

	@StartStop
	private final MockWebServer api = new MockWebServer();

	@StartStop
	private final MockWebServer elsewhere = new MockWebServer();

	@ParameterizedTest(name = "HTTP {0}")
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void readRedirectedToAnotherHostIsNotFollowed(int status) {
		String target = this.elsewhere.url("/v1/vouchers/GIFT-1").toString();
		this.api.enqueue(redirect(status, target + "?" + SECRET_QUERY));
		this.elsewhere.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.api).run((context) -> {
			VoucherifyRedirectException ex = expectError(
					context.getBean(VouchersOperations.class).getVoucher("GIFT-1"), VoucherifyRedirectException.class);
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getLocation()).hasToString(target);
			assertThat(ex).hasMessageContaining(target).hasMessageNotContaining(SECRET_QUERY);
			assertThat(ex.isTransient()).isFalse();
			assertThat(this.api.getRequestCount()).isEqualTo(1);
			assertThat(this.elsewhere.getRequestCount()).isZero();
		});
	}

	@ParameterizedTest(name = "HTTP {0}")
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void balanceUpdateRedirectedToAnotherVoucherIsSentOnce(int status) {
		this.api.enqueue(redirect(status, "/v1/vouchers/GIFT-2/balance"));
		this.api.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.api).run((context) -> {
			VoucherifyRedirectException ex = expectError(context.getBean(VouchersOperations.class)
				.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(2_500)), VoucherifyRedirectException.class);
			assertThat(ex.getLocation()).hasToString(this.api.url("/v1/vouchers/GIFT-2/balance").toString());
			assertThat(requests(this.api)).containsExactly("POST /v1/vouchers/GIFT-1/balance");
		});
	}

	@Test
	void balanceUpdateRedirectedToAnotherHostSendsNothingThere() {
		this.api.enqueue(redirect(307, this.elsewhere.url("/v1/vouchers/GIFT-1/balance").toString()));
		this.elsewhere.enqueue(json(200, BALANCE));
		VoucherifyTestContexts.against(this.api).run((context) -> {
			expectError(context.getBean(VouchersOperations.class).updateVoucherBalance("GIFT-1",
					BalanceUpdateRequest.of(2_500)), VoucherifyRedirectException.class);
			assertThat(this.api.getRequestCount()).isEqualTo(1);
			assertThat(this.elsewhere.getRequestCount()).isZero();
		});
	}

	@Test
	void followRedirectsFollowsSameOriginReadsOnly() {
		this.api.enqueue(redirect(302, "/v1/vouchers/GIFT-1-moved"));
		this.api.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.api).withPropertyValues("voucherify.follow-redirects=true", "voucherify.response-timeout=20s").run((context) -> {
			StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"))
				.assertNext((voucher) -> assertThat(voucher.code()).isEqualTo("GIFT-1"))
				.expectComplete()
				.verify(Duration.ofSeconds(15));
			assertThat(requests(this.api)).containsExactly("GET /v1/vouchers/GIFT-1", "GET /v1/vouchers/GIFT-1-moved");
		});
	}

	@Test
	void followRedirectsNeverLeavesTheOrigin() {
		String target = this.elsewhere.url("/v1/vouchers/GIFT-1").toString();
		this.api.enqueue(redirect(302, target));
		this.elsewhere.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.api).withPropertyValues("voucherify.follow-redirects=true", "voucherify.response-timeout=20s").run((context) -> {
			VoucherifyRedirectException ex = expectError(
					context.getBean(VouchersOperations.class).getVoucher("GIFT-1"), VoucherifyRedirectException.class);
			assertThat(ex).hasMessageContaining("another origin");
			assertThat(this.elsewhere.getRequestCount()).isZero();
		});
	}

	@Test
	void followRedirectsNeverResendsAStateChangingCall() {
		this.api.enqueue(redirect(307, "/v1/vouchers/GIFT-2/balance"));
		this.api.enqueue(redirect(307, "/v1/vouchers/GIFT-2/enable"));
		this.api.enqueue(json(200, BALANCE));
		this.api.enqueue(json(200, VOUCHER));
		VoucherifyTestContexts.against(this.api).withPropertyValues("voucherify.follow-redirects=true", "voucherify.response-timeout=20s").run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			expectError(vouchers.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(2_500)),
					VoucherifyRedirectException.class);
			expectError(vouchers.enableVoucher("GIFT-1"), VoucherifyRedirectException.class);
			assertThat(requests(this.api)).containsExactly("POST /v1/vouchers/GIFT-1/balance",
					"POST /v1/vouchers/GIFT-1/enable");
		});
	}

	@Test
	void followRedirectsStopsAfterAFewHops() {
		for (int i = 0; i < 10; i++) {
			this.api.enqueue(redirect(302, "/v1/vouchers/LOOP-" + i));
		}
		VoucherifyTestContexts.against(this.api).withPropertyValues("voucherify.follow-redirects=true", "voucherify.response-timeout=20s").run((context) -> {
			VoucherifyRedirectException ex = expectError(
					context.getBean(VouchersOperations.class).getVoucher("GIFT-1"), VoucherifyRedirectException.class);
			assertThat(ex).hasMessageContaining("too many redirects");
			assertThat(this.api.getRequestCount()).isEqualTo(1 + VouchersTemplate.MAX_REDIRECTS);
		});
	}

	@Test
	void aConnectorThatFollowsRedirectsByItselfNeverCarriesTheTokenElsewhere() throws Exception {
		String target = this.elsewhere.url("/v1/vouchers/GIFT-1").toString();
		this.api.enqueue(redirect(302, target));
		this.elsewhere.enqueue(json(200, VOUCHER));
		VouchersTemplate template = VouchersTemplate.builder()
			.baseUrl(this.api.url("/").toString())
			.appId("app")
			.appToken(APP_TOKEN)
			.connector(new ReactorClientHttpConnector(HttpClient.create().followRedirect(true)))
			.build();
		VoucherifyRedirectException ex = expectError(template.getVoucher("GIFT-1"), VoucherifyRedirectException.class);
		assertThat(ex.getLocation()).hasToString(target);
		assertThat(this.api.getRequestCount()).isEqualTo(1);
		assertThat(this.elsewhere.getRequestCount()).isZero();
	}

	private static MockResponse redirect(int status, String location) {
		return new MockResponse.Builder().code(status)
			.setHeader("Location", location)
			.setHeader("Content-Type", "text/html")
			.body("<a href=\"" + location + "\">moved</a>")
			.build();
	}

	private static List<String> requests(MockWebServer server) throws InterruptedException {
		List<String> requests = new ArrayList<>();
		RecordedRequest request;
		while ((request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
			requests.add(request.getMethod() + " " + request.getTarget());
		}
		return requests;
	}

}
