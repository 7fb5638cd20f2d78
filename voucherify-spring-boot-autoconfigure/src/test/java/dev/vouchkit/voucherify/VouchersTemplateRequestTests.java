package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.ExportField;
import dev.vouchkit.voucherify.model.ExportOrder;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionOrder;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.model.VoucherOrder;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation sends the method, path, query, headers and body the API documents, and
 * maps the reply to the models. Bodies and queries are checked against the vendor's
 * OpenAPI description where it is present.
 */
class VouchersTemplateRequestTests extends MockServerSupport {

	private static final String GIFT_CARD = """
			{"id":"v_abc","code":"GIFT-1","type":"GIFT_VOUCHER","active":true,"object":"voucher",
			 "gift":{"amount":10000,"balance":7500,"effect":"APPLY_TO_ORDER"},"metadata":{"tier":"gold"},
			 "created_at":"2024-03-01T10:15:30.123Z"}""";

	@Test
	void everyRequestCarriesCredentialsAndClientHeaders() throws Exception {
		enqueueJson(200, GIFT_CARD);
		this.template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
		assertClientHeadersOnce(takeRequest(), "voucherify-spring-boot-starter/" + VoucherifyClientInfo.VERSION);
	}

	@Test
	void aConnectorOtherThanReactorNettysSendsTheSameHeaders() throws Exception {
		VouchersTemplate template = templateBuilder().connector(new JdkClientHttpConnector()).build();
		enqueueJson(200, GIFT_CARD);
		enqueueJson(200, GIFT_CARD);
		template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
		template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
		assertClientHeadersOnce(takeRequest(), "voucherify-spring-boot-starter/" + VoucherifyClientInfo.VERSION);
		assertClientHeadersOnce(takeRequest(), "voucherify-spring-boot-starter/" + VoucherifyClientInfo.VERSION);
	}

	@Test
	void aFilterOfTheApplicationsWebClientMayReplaceAClientHeader() throws Exception {
		ExchangeFilterFunction channelFromFilter = (request, next) -> next
			.exchange(ClientRequest.from(request).headers((headers) -> headers.set("X-Voucherify-Channel", "filtered"))
				.build());
		for (ClientHttpConnector connector : List.of(new ReactorClientHttpConnector(), new JdkClientHttpConnector())) {
			VouchersTemplate template = templateBuilder().webClientBuilder(WebClient.builder().filter(channelFromFilter))
				.connector(connector)
				.build();
			enqueueJson(200, GIFT_CARD);
			template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
			assertClientHeadersOnce(takeRequest(), "filtered");
		}
	}

	@Test
	void theClientsHeadersReplaceDefaultHeadersOfTheApplicationsWebClientOthersStay() throws Exception {
		for (ClientHttpConnector connector : List.of(new ReactorClientHttpConnector(), new JdkClientHttpConnector())) {
			WebClient.Builder application = WebClient.builder()
				.defaultHeader("User-Agent", "gift-desk/1.0")
				.defaultHeader("Accept", "application/xml")
				.defaultHeader("X-Shop", "north");
			VouchersTemplate template = templateBuilder().webClientBuilder(application).connector(connector).build();
			enqueueJson(200, GIFT_CARD);
			template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
			RecordedRequest request = takeRequest();
			assertClientHeadersOnce(request, "voucherify-spring-boot-starter/" + VoucherifyClientInfo.VERSION);
			assertThat(request.getHeaders().values("X-Shop")).containsExactly("north");
		}
	}

	/** The credentials and the client's headers, each exactly once. */
	private static void assertClientHeadersOnce(RecordedRequest request, String channel) {
		assertThat(request.getHeaders().values("X-App-Id")).containsExactly(APP_ID);
		assertThat(request.getHeaders().values("X-App-Token")).containsExactly(APP_TOKEN);
		assertThat(request.getHeaders().values("Accept")).containsExactly("application/json");
		assertThat(request.getHeaders().values("User-Agent")).singleElement()
			.asString()
			.startsWith("voucherify-spring-boot-starter/")
			.doesNotContain("unknown")
			.contains("Java/");
		assertThat(request.getHeaders().values("X-Voucherify-Channel")).containsExactly(channel);
	}

	@Test
	void channelCanBeChosen() throws Exception {
		VouchersTemplate template = templateBuilder().channel("gift-desk").build();
		enqueueJson(200, GIFT_CARD);
		template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
		assertThat(takeRequest().getHeaders().get("X-Voucherify-Channel")).isEqualTo("gift-desk");
	}

	@Test
	void getVoucher() throws Exception {
		enqueueJson(200, GIFT_CARD);
		Voucher voucher = this.template.getVoucher("GIFT-1").block(Duration.ofSeconds(30));
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/v1/vouchers/GIFT-1");
		assertThat(request.getBodySize()).isZero();
		assertThat(voucher.id()).isEqualTo("v_abc");
		assertThat(voucher.gift().balance()).isEqualTo(7500L);
		assertThat(voucher.metadata()).containsEntry("tier", "gold");
		assertThat(voucher.createdAt()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:15:30.123Z"));
		assertValidAgainstSpec(request);
	}

	@Test
	void keysTheModelDoesNotMapStayReadable() {
		enqueueJson(200, "{\"object\":\"list\",\"vouchers\":[" + GIFT_CARD.replace("\"active\":true",
				"\"active\":true,\"loyalty_tier\":{\"id\":\"ltr_1\",\"name\":\"Gold\"}") + "],\"total\":1,\"cursor\":\"c_2\"}");
		VoucherList page = this.template.listVouchers().block(Duration.ofSeconds(30));
		assertThat(page.other("cursor")).isEqualTo("c_2");
		assertThat(page.vouchers().get(0).other("loyalty_tier")).isEqualTo(Map.of("id", "ltr_1", "name", "Gold"));
		assertThat(page.vouchers().get(0).gift().balance()).isEqualTo(7500L);
	}

	@Test
	void listVouchersSendsEveryParameter() throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[" + GIFT_CARD + "],\"total\":41}");
		ListVouchersQuery query = ListVouchersQuery.builder()
			.limit(25)
			.page(2)
			.category("Gifts")
			.campaignId("camp_1")
			.customer("cust_1")
			.campaign("Summer")
			.createdAfter(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
			.updatedBefore(OffsetDateTime.parse("2024-06-01T00:00:00Z"))
			.order(VoucherOrder.CODE_DESC)
			.build();
		var list = this.template.listVouchers(query).block(Duration.ofSeconds(30));
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/vouchers");
		assertThat(request.getUrl().queryParameter("limit")).isEqualTo("25");
		assertThat(request.getUrl().queryParameter("page")).isEqualTo("2");
		assertThat(request.getUrl().queryParameter("category")).isEqualTo("Gifts");
		assertThat(request.getUrl().queryParameter("campaign_id")).isEqualTo("camp_1");
		assertThat(request.getUrl().queryParameter("customer")).isEqualTo("cust_1");
		assertThat(request.getUrl().queryParameter("campaign")).isEqualTo("Summer");
		assertThat(request.getUrl().queryParameter("created_at[after]")).startsWith("2024-01-01T00:00");
		assertThat(request.getUrl().queryParameter("updated_at[before]")).startsWith("2024-06-01T00:00");
		assertThat(request.getUrl().queryParameter("order")).isEqualTo("-code");
		assertThat(list.total()).isEqualTo(41L);
		assertThat(list.vouchers()).extracting(Voucher::code).containsExactly("GIFT-1");
		assertValidAgainstSpec(request);
	}

	@Test
	void listVouchersWithDefaultsSendsNoQuery() throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		this.template.listVouchers().block(Duration.ofSeconds(30));
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/vouchers");
	}

	@Test
	void deleteVoucherWithAndWithoutForce() throws Exception {
		enqueueNoContent();
		enqueueNoContent();
		StepVerifier.create(this.template.deleteVoucher("GIFT-1")).expectComplete().verify(Duration.ofSeconds(30));
		StepVerifier.create(this.template.deleteVoucher("GIFT-1", true)).expectComplete().verify(Duration.ofSeconds(30));
		RecordedRequest binned = takeRequest();
		RecordedRequest forced = takeRequest();
		assertThat(binned.getMethod()).isEqualTo("DELETE");
		assertThat(binned.getTarget()).isEqualTo("/v1/vouchers/GIFT-1");
		assertThat(forced.getTarget()).isEqualTo("/v1/vouchers/GIFT-1?force=true");
		assertValidAgainstSpec(forced);
	}

	@Test
	void enableAndDisableVoucher() throws Exception {
		enqueueJson(200, GIFT_CARD);
		enqueueJson(200, GIFT_CARD.replace("\"active\":true", "\"active\":false"));
		assertThat(this.template.enableVoucher("GIFT-1").block(Duration.ofSeconds(30)).active()).isTrue();
		assertThat(this.template.disableVoucher("GIFT-1").block(Duration.ofSeconds(30)).active()).isFalse();
		RecordedRequest enable = takeRequest();
		RecordedRequest disable = takeRequest();
		assertThat(enable.getMethod()).isEqualTo("POST");
		assertThat(enable.getTarget()).isEqualTo("/v1/vouchers/GIFT-1/enable");
		assertThat(disable.getTarget()).isEqualTo("/v1/vouchers/GIFT-1/disable");
		assertValidAgainstSpec(enable);
		assertValidAgainstSpec(disable);
	}

	@Test
	void updateVoucherBalance() throws Exception {
		enqueueJson(200, """
				{"amount":-2500,"total":7500,"balance":7500,"type":"gift_voucher","operation_type":"MANUAL",
				 "object":"balance","related_object":{"type":"voucher","id":"v_abc"}}""");
		BalanceUpdateResponse reply = this.template
			.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(-2500).withSourceId("order-77").withReason("refund"))
			.block(Duration.ofSeconds(30));
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/v1/vouchers/GIFT-1/balance");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(bodyOf(request)).isEqualTo("{\"amount\":-2500,\"source_id\":\"order-77\",\"reason\":\"refund\"}");
		assertThat(reply.amount()).isEqualTo(-2500L);
		assertThat(reply.balance()).isEqualTo(7500L);
		assertThat(reply.relatedObject().id()).isEqualTo("v_abc");
		assertValidAgainstSpec(request);
	}

	@Test
	void listVoucherTransactionsSendsCursor() throws Exception {
		enqueueJson(200, """
				{"object":"list","data_ref":"data","has_more":true,"more_starting_after":"vtx_2",
				 "data":[{"id":"vtx_2","voucher_id":"v_abc","type":"CREDITS_ADDITION","source":"API",
				  "details":{"balance":{"type":"gift_voucher","total":100,"amount":100,"object":"balance",
				   "balance":100,"related_object":{"id":"v_abc","type":"voucher"}}},
				  "created_at":"2024-03-01T10:15:30.123Z"}]}""");
		var page = this.template
			.listVoucherTransactions("GIFT-1",
					ListTransactionsQuery.builder().limit(50).order(TransactionOrder.ID).startingAfterId("vtx_1").build())
			.block(Duration.ofSeconds(30));
		RecordedRequest request = takeRequest();
		assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/vouchers/GIFT-1/transactions");
		assertThat(request.getUrl().queryParameter("limit")).isEqualTo("50");
		assertThat(request.getUrl().queryParameter("order")).isEqualTo("id");
		assertThat(request.getUrl().queryParameter("starting_after_id")).isEqualTo("vtx_1");
		assertThat(page.hasMore()).isTrue();
		assertThat(page.moreStartingAfter()).isEqualTo("vtx_2");
		assertThat(page.data()).singleElement()
			.satisfies((transaction) -> assertThat(transaction.details().balance().balance()).isEqualTo(100L));
		assertValidAgainstSpec(request);
	}

	@Test
	void exportVoucherTransactions() throws Exception {
		String export = """
				{"id":"exp_123","object":"export","created_at":"2024-03-01T10:15:30.123Z","status":"SCHEDULED",
				 "channel":"API","exported_object":"voucher_transactions",
				 "parameters":{"order":"-created_at","fields":["id","amount"],
				  "filters":{"voucher_id":{"conditions":{"$in":["GIFT-1"]}}}},"result":null,"user_id":null}""";
		enqueueJson(200, export);
		enqueueJson(200, export);
		var scheduled = this.template
			.exportVoucherTransactions("GIFT-1",
					ExportTransactionsRequest.of(ExportOrder.CREATED_AT_DESC, ExportField.ID, ExportField.AMOUNT))
			.block(Duration.ofSeconds(30));
		this.template.exportVoucherTransactions("GIFT-1", ExportTransactionsRequest.empty()).block(Duration.ofSeconds(30));
		RecordedRequest withParameters = takeRequest();
		RecordedRequest empty = takeRequest();
		assertThat(withParameters.getMethod()).isEqualTo("POST");
		assertThat(withParameters.getTarget()).isEqualTo("/v1/vouchers/GIFT-1/transactions/export");
		assertThat(bodyOf(withParameters))
			.isEqualTo("{\"parameters\":{\"order\":\"-created_at\",\"fields\":[\"id\",\"amount\"]}}");
		assertThat(bodyOf(empty)).isEqualTo("{}");
		assertThat(scheduled.id()).isEqualTo("exp_123");
		assertThat(scheduled.status().value()).isEqualTo("SCHEDULED");
		assertValidAgainstSpec(withParameters);
		assertValidAgainstSpec(empty);
	}

	@Test
	void releaseValidationSessionCompletesEmpty() throws Exception {
		enqueueNoContent();
		StepVerifier.create(this.template.releaseValidationSession("GIFT-1", "ssn_1"))
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/v1/vouchers/GIFT-1/sessions/ssn_1");
		assertValidAgainstSpec(request);
	}

	@Test
	void nothingIsSentUntilSubscribed() throws Exception {
		Mono<Voucher> call = this.template.getVoucher("GIFT-1");
		assertThat(this.server.getRequestCount()).isZero();
		enqueueJson(200, GIFT_CARD);
		enqueueJson(200, GIFT_CARD);
		call.block(Duration.ofSeconds(30));
		call.block(Duration.ofSeconds(30));
		assertThat(this.server.getRequestCount()).as("each subscription sends again").isEqualTo(2);
	}

	private static void assertValidAgainstSpec(RecordedRequest request) {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		request.getHeaders().forEach((header) -> headers.put(header.getFirst(), header.getSecond()));
		String contentType = request.getHeaders().get("Content-Type");
		VoucherifySpec.assertValidRequest(request.getMethod(), request.getTarget(), headers, contentType,
				(request.getBodySize() > 0) ? bodyOf(request) : null);
	}

}
