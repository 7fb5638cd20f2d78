package dev.vouchkit.voucherify.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.vouchkit.voucherify.emulator.junit.VoucherifyEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static dev.vouchkit.voucherify.emulator.TestClient.segment;
import static org.assertj.core.api.Assertions.assertThat;

class VouchersApiTest {

	@RegisterExtension
	static final VoucherifyEmulatorExtension EMULATOR = new VoucherifyEmulatorExtension(
			VoucherifyEmulator.builder().appId("app-1").appToken("secret-1"));

	private VoucherifyEmulator emulator;

	private TestClient client;

	@BeforeEach
	void setUp() {
		this.emulator = EMULATOR.emulator();
		this.client = new TestClient(this.emulator);
	}

	@Test
	void missingOrWrongKeysGet401BeforeAnyLookup() {
		for (TestClient.Response response : List.of(this.client.anonymous().get("/v1/vouchers/NOPE"),
				new TestClient(this.emulator.baseUrl(), "app-1", "wrong").get("/v1/vouchers/NOPE"),
				new TestClient(this.emulator.baseUrl(), "app-1", "wrong").delete("/v1/vouchers/NOPE"))) {
			assertThat(response.status()).isEqualTo(401);
			JsonNode body = response.json();
			assertThat(body.get("code").asInt()).isEqualTo(401);
			assertThat(body.get("message").asString()).isEqualTo("Unauthorized");
			assertThat(body.get("key").asString()).isEqualTo("unauthorized");
			assertThat(body.get("request_id").asString()).matches("v-[0-9a-f]{18}");
		}
	}

	@Test
	void assetUrlsPointAtTheEmulatorInTheApisShape() {
		this.emulator.addGiftCard("GIFT/ASSETS 1", 10_000);
		for (JsonNode voucher : List.of(this.client.get("/v1/vouchers/GIFT%2FASSETS%201").json(),
				this.client.get("/v1/vouchers?limit=100").json().get("vouchers").get(0))) {
			for (String kind : List.of("qr", "barcode")) {
				JsonNode asset = voucher.get("assets").get(kind);
				String url = asset.get("url").asString();
				assertThat(url).doesNotContain("{{")
					.isEqualTo(this.emulator.downloadBaseUrl() + "/api/v1/assets/" + kind + "/"
							+ java.net.URLEncoder.encode(asset.get("id").asString(), java.nio.charset.StandardCharsets.UTF_8));
				assertThat(java.net.URI.create(url).getPath()).startsWith("/api/v1/assets/" + kind + "/U2FsdGVkX1");
			}
		}
	}

	@Test
	void getsTheFullVoucherByCodeOrId() {
		VoucherifyEmulator.SeededVoucher gift = this.emulator.addGiftCard("GIFT-1", 10_000);
		for (String key : List.of("GIFT-1", gift.id())) {
			TestClient.Response response = this.client.get("/v1/vouchers/" + key);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("content-type")).startsWith("application/json");
			JsonNode voucher = response.json();
			assertThat(voucher.get("id").asString()).isEqualTo(gift.id()).matches("v_[A-Za-z0-9]{32}");
			assertThat(voucher.get("code").asString()).isEqualTo("GIFT-1");
			assertThat(voucher.get("object").asString()).isEqualTo("voucher");
			assertThat(voucher.get("type").asString()).isEqualTo("GIFT_VOUCHER");
			assertThat(voucher.get("gift").get("amount").asLong()).isEqualTo(10_000);
			assertThat(voucher.get("gift").get("balance").asLong()).isEqualTo(10_000);
			assertThat(voucher.get("discount").isNull()).isTrue();
			assertThat(voucher.get("loyalty_card").isNull()).isTrue();
			assertThat(voucher.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
			assertThat(voucher.get("validation_rules_assignments").get("data_ref").asString()).isEqualTo("data");
			assertThat(voucher.get("redemption").get("url").asString())
				.isEqualTo("/v1/vouchers/GIFT-1/redemptions?page=1&limit=10");
			assertThat(voucher.get("publish").get("object").asString()).isEqualTo("list");
			assertThat(voucher.get("assets").get("qr").get("id").asString()).startsWith("U2FsdGVkX1");
			assertThat(voucher.get("metadata").isObject()).isTrue();
			assertThat(voucher.has("categories")).isTrue();
		}
	}

	@Test
	void unknownVoucherIs404EchoingThePathValue() {
		TestClient.Response response = this.client.get("/v1/vouchers/" + segment("No Such/Code%"));
		assertThat(response.status()).isEqualTo(404);
		JsonNode body = response.json();
		assertThat(body.get("key").asString()).isEqualTo("not_found");
		assertThat(body.get("message").asString()).isEqualTo("Resource not found");
		assertThat(body.get("details").asString()).isEqualTo("Cannot find voucher with id No Such/Code%");
		assertThat(body.get("resource_id").asString()).isEqualTo("No Such/Code%");
		assertThat(body.get("resource_type").asString()).isEqualTo("voucher");
	}

	@ParameterizedTest
	@ValueSource(strings = { "WITH SPACE", "a/b", "100%", "1+1", "#hash", "what?", "a&b=c", "semi;colon", "Zażółć",
			"🎁-gift", "%2F", "a%20b" })
	void codesWithAnyCharactersRoundTrip(String code) {
		VoucherifyEmulator.SeededVoucher seeded = this.emulator.addAmountDiscount(code, 500);
		TestClient.Response response = this.client.get("/v1/vouchers/" + segment(code));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("code").asString()).isEqualTo(code);
		assertThat(this.client.post("/v1/vouchers/" + segment(code) + "/disable", null).json().get("active").asBoolean())
			.isFalse();
		assertThat(this.client.get("/v1/vouchers?code=" + segment(code)).json().get("total").asInt()).isEqualTo(1);
		assertThat(this.client.delete("/v1/vouchers/" + segment(code) + "?force=true").status()).isEqualTo(204);
		assertThat(this.emulator.voucher(seeded.id())).isEmpty();
	}

	@Test
	void plusInPathStaysPlusButBecomesSpaceInQuery() {
		this.emulator.addAmountDiscount("A+B", 100);
		this.emulator.addAmountDiscount("A B", 200);
		assertThat(this.client.get("/v1/vouchers/A+B").json().get("code").asString()).isEqualTo("A+B");
		assertThat(this.client.get("/v1/vouchers?code=A+B").json().get("vouchers").get(0).get("code").asString())
			.isEqualTo("A B");
		assertThat(this.client.get("/v1/vouchers?code=A%2BB").json().get("vouchers").get(0).get("code").asString())
			.isEqualTo("A+B");
	}

	@Test
	void createsVouchersAndRejectsDuplicateCodesIncludingTheBin() {
		TestClient.Response created = this.client.post("/v1/vouchers",
				"{\"type\":\"DISCOUNT_VOUCHER\",\"discount\":{\"type\":\"PERCENT\",\"percent_off\":15},\"category\":\"First\",\"metadata\":{\"k\":1}}");
		assertThat(created.status()).isEqualTo(200);
		String generated = created.json().get("code").asString();
		assertThat(generated).hasSize(8);
		assertThat(created.json().get("categories").get(0).get("name").asString()).isEqualTo("First");
		assertThat(created.json().get("category_id").asString()).startsWith("cat_");

		TestClient.Response withPathCode = this.client.post("/v1/vouchers/" + segment("MY CODE"),
				"{\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":5000}}");
		assertThat(withPathCode.json().get("code").asString()).isEqualTo("MY CODE");

		TestClient.Response duplicate = this.client.post("/v1/vouchers", "{\"code\":\"" + generated
				+ "\",\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":1}}");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("key").asString()).isEqualTo("duplicate_found");

		this.client.delete("/v1/vouchers/MY%20CODE");
		assertThat(this.client.post("/v1/vouchers/MY%20CODE", "{\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":1}}")
			.status()).isEqualTo(409);
	}

	@Test
	void badJsonGetsTheGatewayShape() {
		TestClient.Response response = this.client.post("/v1/vouchers", "{not json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("statusCode").asInt()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("Bad Request");
		assertThat(response.json().get("message").asString()).isEqualTo("Invalid request payload JSON format");
	}

	@Test
	void enableAndDisableFlipActiveAndBumpUpdatedAt() {
		// A clock one millisecond later on every reading, so each update has a later updated_at.
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder()
			.clock(new TickingClock(Instant.parse("2026-01-01T00:00:00Z")))
			.start()) {
			TestClient client = new TestClient(emulator);
			emulator.addPercentDiscount("P10", 10);
			TestClient.Response disabled = client.post("/v1/vouchers/P10/disable", "{}");
			assertThat(disabled.status()).isEqualTo(200);
			assertThat(disabled.json().get("active").asBoolean()).isFalse();
			Instant firstUpdate = Instant.parse(disabled.json().get("updated_at").asString());
			assertThat(client.post("/v1/vouchers/P10/disable", null).status()).isEqualTo(200);
			TestClient.Response enabled = client.post("/v1/vouchers/P10/enable", null);
			assertThat(enabled.json().get("active").asBoolean()).isTrue();
			assertThat(Instant.parse(enabled.json().get("updated_at").asString())).isAfter(firstUpdate);
			assertThat(enabled.json().get("discount").get("percent_off").asDouble()).isEqualTo(10.0);
			assertThat(client.post("/v1/vouchers/NOPE/enable", null).status()).isEqualTo(404);
			assertThat(client.post("/v1/vouchers/NOPE/disable", null).json().get("resource_id").asString())
				.isEqualTo("NOPE");
		}
	}

	@Test
	void deleteMovesToTheBinAndForceFreesTheCode() {
		this.emulator.addGiftCard("SOFT", 100);
		this.emulator.addGiftCard("HARD", 100);
		TestClient.Response soft = this.client.delete("/v1/vouchers/SOFT");
		assertThat(soft.status()).isEqualTo(204);
		assertThat(soft.body()).isEmpty();
		assertThat(this.client.get("/v1/vouchers/SOFT").status()).isEqualTo(404);
		assertThat(this.client.post("/v1/vouchers/SOFT/enable", null).status()).isEqualTo(404);
		assertThat(this.client.delete("/v1/vouchers/SOFT").status()).isEqualTo(404);
		assertThat(this.client.get("/v1/vouchers").json().get("total").asInt()).isEqualTo(1);
		assertThat(this.emulator.isInBin("SOFT")).isTrue();

		assertThat(this.client.delete("/v1/vouchers/HARD?force=true").status()).isEqualTo(204);
		assertThat(this.client.get("/v1/vouchers/HARD").status()).isEqualTo(404);
		assertThat(this.emulator.isInBin("HARD")).isFalse();
		assertThat(this.client.post("/v1/vouchers/HARD", "{\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":1}}").status())
			.isEqualTo(200);
		assertThat(this.client.delete("/v1/vouchers/NOPE?force=true").status()).isEqualTo(404);
	}

	@Test
	void listsWithTotalPagesAndOrders() {
		for (int i = 0; i < 25; i++) {
			this.emulator.addAmountDiscount(String.format("CODE-%02d", i), 100);
		}
		TestClient.Response first = this.client.get("/v1/vouchers");
		JsonNode body = first.json();
		assertThat(body.get("object").asString()).isEqualTo("list");
		assertThat(body.get("data_ref").asString()).isEqualTo("vouchers");
		assertThat(body.get("total").asInt()).isEqualTo(25);
		assertThat(body.get("vouchers")).hasSize(10);
		assertThat(body.get("vouchers").get(0).get("code").asString()).isEqualTo("CODE-24");
		assertThat(body.get("vouchers").get(0).has("validation_rules_assignments")).isFalse();
		assertThat(codes(this.client.get("/v1/vouchers?page=3&limit=10"))).hasSize(5).last().isEqualTo("CODE-00");
		assertThat(codes(this.client.get("/v1/vouchers?page=4&limit=10"))).isEmpty();
		assertThat(codes(this.client.get("/v1/vouchers?order=code&limit=3"))).containsExactly("CODE-00", "CODE-01", "CODE-02");
		assertThat(codes(this.client.get("/v1/vouchers?order=-code&limit=2"))).containsExactly("CODE-24", "CODE-23");
		assertThat(codes(this.client.get("/v1/vouchers?order=created_at&limit=2"))).containsExactly("CODE-00", "CODE-01");
		this.client.post("/v1/vouchers/CODE-05/disable", null);
		assertThat(codes(this.client.get("/v1/vouchers?order=-updated_at&limit=1"))).containsExactly("CODE-05");
		assertThat(codes(this.client.get("/v1/vouchers?order=updated_at&limit=100")).get(24)).isEqualTo("CODE-05");
	}

	@Test
	void rejectsOutOfRangeQueryParams() {
		for (String query : List.of("limit=0", "limit=101", "limit=x", "page=0", "page=100", "order=name")) {
			TestClient.Response response = this.client.get("/v1/vouchers?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.json().get("key").asString()).isEqualTo("invalid_query_params");
			assertThat(response.json().get("message").asString()).isEqualTo("Invalid query params");
		}
		assertThat(this.client.get("/v1/vouchers?limit=100&page=99").status()).isEqualTo(200);
	}

	@Test
	void filtersByCategoryCampaignCustomerCodeIdsAndDates() {
		VoucherifyEmulator.SeededVoucher a = this.emulator.addVoucher(
				"{\"code\":\"A\",\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":1},\"category\":\"Cat1\",\"campaign\":\"Spring\",\"created_at\":\"2024-01-10T00:00:00.000Z\"}");
		VoucherifyEmulator.SeededVoucher b = this.emulator.addLoyaltyCard("B", 10, "alice@example.com");
		this.emulator.addVoucher(
				"{\"code\":\"C\",\"type\":\"DISCOUNT_VOUCHER\",\"discount\":{\"type\":\"AMOUNT\",\"amount_off\":5},\"campaign_id\":\"camp_X\",\"created_at\":\"2024-03-01T00:00:00.000Z\"}");
		String campaignId = this.emulator.voucher("A").orElseThrow().get("campaign_id").asString();
		String holderId = this.emulator.voucher("B").orElseThrow().get("holder_id").asString();
		assertThat(holderId).startsWith("cust_");

		assertThat(codes(this.client.get("/v1/vouchers?category=Cat1"))).containsExactly("A");
		assertThat(codes(this.client.get("/v1/vouchers?campaign=Spring"))).containsExactly("A");
		assertThat(codes(this.client.get("/v1/vouchers?campaign_id=" + campaignId))).containsExactly("A");
		assertThat(codes(this.client.get("/v1/vouchers?campaign_id=camp_X"))).containsExactly("C");
		assertThat(codes(this.client.get("/v1/vouchers?customer=" + holderId))).containsExactly("B");
		assertThat(codes(this.client.get("/v1/vouchers?customer=alice%40example.com"))).containsExactly("B");
		assertThat(codes(this.client.get("/v1/vouchers?code=C"))).containsExactly("C");
		assertThat(codes(this.client.get("/v1/vouchers?ids=" + a.id() + "&ids=" + b.id() + "&order=code")))
			.containsExactly("A", "B");
		assertThat(codes(this.client.get("/v1/vouchers?ids%5B%5D=" + b.id()))).containsExactly("B");
		assertThat(codes(this.client.get("/v1/vouchers?created_at%5Bbefore%5D=2024-02-01&order=code"))).containsExactly("A");
		assertThat(codes(this.client.get("/v1/vouchers?created_at[after]=2024-01-10T00:00:00.000Z&created_at[before]=2024-12-31&order=code")))
			.containsExactly("C");
		assertThat(this.client.get("/v1/vouchers?created_at[before]=yesterday").status()).isEqualTo(400);
		this.client.post("/v1/vouchers/C/disable", null);
		assertThat(codes(this.client.get("/v1/vouchers?updated_at[after]=2024-06-01"))).containsExactly("C");
	}

	@Test
	void unknownRoutesAre404AndWrongMethods405() {
		TestClient.Response unknown = this.client.get("/v1/nothing-here");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asInt()).isEqualTo(404);
		TestClient.Response wrongMethod = this.client.send("PUT", "/v1/vouchers/X/balance", "{}");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.header("allow")).isEqualTo("POST");
		assertThat(wrongMethod.json().get("details").asString()).contains("POST");
		assertThat(this.emulator.journal().count(Operation.UNMATCHED)).isEqualTo(2);
	}

	@Test
	void acceptsSdkHeadersAndSendsRateLimitHeadersOnEveryReply() {
		this.emulator.addGiftCard("G", 1);
		TestClient.Response ok = this.client.send("GET", "/v1/vouchers/G", null, "X-Voucherify-Channel", "Java-SDK",
				"X-Voucherify-API-Version", "v2018-08-01", "User-Agent", "OpenAPI-Java-SDK/17.0.3");
		TestClient.Response unauthorized = this.client.anonymous().get("/v1/vouchers/G");
		for (TestClient.Response response : List.of(ok, unauthorized)) {
			assertThat(response.header("x-rate-limit-limit")).isNotNull();
			assertThat(response.header("x-rate-limit-remaining")).isNotNull();
			assertThat(Long.parseLong(response.header("x-rate-limit-retry"))).isGreaterThan(Instant.now().getEpochSecond() - 1);
		}
		assertThat(ok.status()).isEqualTo(200);
	}

	@Test
	void perMinuteQuotaAnswers429WithRetryAfter() {
		try (VoucherifyEmulator limited = VoucherifyEmulator.builder().rateLimitPerMinute(3).start()) {
			TestClient limitedClient = new TestClient(limited);
			List<Integer> statuses = new ArrayList<>();
			List<String> remaining = new ArrayList<>();
			TestClient.Response last = null;
			for (int i = 0; i < 4; i++) {
				last = limitedClient.get("/v1/vouchers");
				statuses.add(last.status());
				remaining.add(last.header("x-rate-limit-remaining"));
			}
			assertThat(statuses).containsExactly(200, 200, 200, 429);
			assertThat(remaining).containsExactly("2", "1", "0", "0");
			assertThat(last.header("x-rate-limit-limit")).isEqualTo("3");
			assertThat(Integer.parseInt(last.header("retry-after"))).isBetween(1, 60);
			assertThat(last.header("x-rate-limit-type")).isEqualTo("api_calls");
			assertThat(last.json().get("code").asInt()).isEqualTo(429);
		}
	}

	@Test
	void shortWindowResetsAtTheReportedSecond() throws InterruptedException {
		try (VoucherifyEmulator limited = VoucherifyEmulator.builder().rateLimit(2, Duration.ofSeconds(2)).start()) {
			TestClient limitedClient = new TestClient(limited);
			TestClient.Response last = limitedClient.get("/v1/vouchers");
			while (!"0".equals(last.header("x-rate-limit-remaining"))) {
				last = limitedClient.get("/v1/vouchers");
			}
			long reset = Long.parseLong(last.header("x-rate-limit-retry"));
			assertThat(reset % 2).as("windows are aligned to the epoch").isZero();
			assertThat(reset - Instant.now().getEpochSecond()).isBetween(0L, 2L);
			assertThat(last.header("x-rate-limit-limit")).isEqualTo("2");
			// Time must pass for a window to end; the wait only reaches the reported second.
			Thread.sleep(Math.max(0, reset * 1000 - System.currentTimeMillis()));
			TestClient.Response next = limitedClient.get("/v1/vouchers");
			assertThat(next.status()).isEqualTo(200);
			assertThat(Long.parseLong(next.header("x-rate-limit-retry"))).isGreaterThan(reset);
		}
	}

	@Test
	void cycleQuotaAnswers429OfItsOwnTypeWithoutRetryAfter() {
		try (VoucherifyEmulator limited = VoucherifyEmulator.builder().cycleQuota(2).start()) {
			TestClient limitedClient = new TestClient(limited);
			assertThat(limitedClient.get("/v1/vouchers").status()).isEqualTo(200);
			assertThat(limitedClient.get("/v1/vouchers").status()).isEqualTo(200);
			TestClient.Response over = limitedClient.get("/v1/vouchers");
			assertThat(over.status()).isEqualTo(429);
			assertThat(over.header("x-rate-limit-type")).isEqualTo("api_calls_cycle");
			assertThat(over.header("retry-after")).isNull();
			assertThat(over.json().get("key").asString()).isEqualTo("too_many_requests");
			limited.reset();
			assertThat(limitedClient.get("/v1/vouchers").status()).isEqualTo(200);
		}
	}

	@Test
	void seedsArbitraryVoucherJsonFromASpecExample() {
		String example = """
				{"id":"v_hrMBBeT4sOP9VSGPmj5KAgJwX202UjiY","code":"LOYALTY-CARD-xLPbpbXR","campaign":"Loyalty Program Fall 2022",
				"campaign_id":"camp_f7fBbQxUuTN7dI7tGOo5XMDA","category":"First","type":"LOYALTY_CARD","discount":null,"gift":null,
				"loyalty_card":{"points":110,"balance":100,"next_expiration_date":"2023-12-31","next_expiration_points":100},
				"active":true,"metadata":{},"created_at":"2022-09-19T07:56:22.355Z","updated_at":"2022-09-19T08:04:22.458Z",
				"holder_id":"cust_eWgXlBBiY6THFRJwX45Iakv4","redemption":{"quantity":null,"redeemed_quantity":1,"redeemed_points":10},
				"publish":{"count":1},"object":"voucher"}""";
		this.emulator.addVoucher(example);
		JsonNode voucher = this.client.get("/v1/vouchers/v_hrMBBeT4sOP9VSGPmj5KAgJwX202UjiY").json();
		assertThat(voucher.get("code").asString()).isEqualTo("LOYALTY-CARD-xLPbpbXR");
		assertThat(voucher.get("loyalty_card").get("balance").asLong()).isEqualTo(100);
		assertThat(voucher.get("loyalty_card").get("next_expiration_date").asString()).isEqualTo("2023-12-31");
		assertThat(voucher.get("created_at").asString()).isEqualTo("2022-09-19T07:56:22.355Z");
		assertThat(voucher.get("holder_id").asString()).isEqualTo("cust_eWgXlBBiY6THFRJwX45Iakv4");
		assertThat(voucher.get("redemption").get("redeemed_points").asLong()).isEqualTo(10);
		assertThat(voucher.get("publish").get("count").asInt()).isEqualTo(1);
	}

	static List<String> codes(TestClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> codes = new ArrayList<>();
		response.json().get("vouchers").forEach((voucher) -> codes.add(voucher.get("code").asString()));
		return codes;
	}

}
