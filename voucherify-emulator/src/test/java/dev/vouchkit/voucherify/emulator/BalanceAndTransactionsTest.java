package dev.vouchkit.voucherify.emulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceAndTransactionsTest extends EmulatorOverHttp {

	@Test
	void giftCardBalanceMovesWithTheReplyAndRecordsTransactions() {
		VoucherifyEmulator.SeededVoucher card = this.emulator.addGiftCard("GC", 10_100);
		TestClient.Response added = this.client.post("/v1/vouchers/GC/balance",
				"{\"amount\":10000,\"source_id\":\"src-1\",\"reason\":\"top up\"}");
		assertThat(added.status()).isEqualTo(200);
		JsonNode reply = added.json();
		assertThat(reply.get("amount").asLong()).isEqualTo(10_000);
		assertThat(reply.get("total").asLong()).isEqualTo(20_100);
		assertThat(reply.get("balance").asLong()).isEqualTo(20_100);
		assertThat(reply.get("type").asString()).isEqualTo("gift_voucher");
		assertThat(reply.get("operation_type").asString()).isEqualTo("MANUAL");
		assertThat(reply.get("object").asString()).isEqualTo("balance");
		assertThat(reply.get("related_object").get("type").asString()).isEqualTo("voucher");
		assertThat(reply.get("related_object").get("id").asString()).isEqualTo(card.id());

		JsonNode removed = this.client.post("/v1/vouchers/" + card.id() + "/balance", "{\"amount\":-2000}").json();
		assertThat(removed.get("total").asLong()).isEqualTo(18_100);
		assertThat(removed.get("balance").asLong()).isEqualTo(18_100);

		JsonNode gift = this.emulator.voucher("GC").orElseThrow().get("gift");
		assertThat(gift.get("amount").asLong()).isEqualTo(20_100);
		assertThat(gift.get("subtracted_amount").asLong()).isEqualTo(2_000);
		assertThat(gift.get("balance").asLong()).isEqualTo(18_100);

		List<JsonNode> transactions = this.emulator.transactions("GC");
		assertThat(transactions).hasSize(2);
		JsonNode removal = transactions.get(0);
		assertThat(removal.get("id").asString()).matches("vtx_[0-9a-f]{18}");
		assertThat(removal.get("type").asString()).isEqualTo("CREDITS_REMOVAL");
		assertThat(removal.get("source").asString()).isEqualTo("API");
		assertThat(removal.get("source_id").isNull()).isTrue();
		assertThat(removal.get("details").get("balance").get("amount").asLong()).isEqualTo(-2000);
		assertThat(removal.get("details").get("balance").get("balance").asLong()).isEqualTo(18_100);
		JsonNode addition = transactions.get(1);
		assertThat(addition.get("type").asString()).isEqualTo("CREDITS_ADDITION");
		assertThat(addition.get("source_id").asString()).isEqualTo("src-1");
		assertThat(addition.get("reason").asString()).isEqualTo("top up");
		assertThat(addition.get("voucher_id").asString()).isEqualTo(card.id());
	}

	@Test
	void loyaltyCardsMovePointsAndNeedAHolder() {
		this.emulator.addLoyaltyCard("LC", 100, "cust_holder1");
		this.emulator.addLoyaltyCard("ORPHAN", 100, null);
		JsonNode reply = this.client.post("/v1/vouchers/LC/balance", "{\"amount\":-30}").json();
		assertThat(reply.get("type").asString()).isEqualTo("loyalty_card");
		assertThat(reply.get("balance").asLong()).isEqualTo(70);
		assertThat(reply.get("total").asLong()).isEqualTo(70);
		JsonNode card = this.emulator.voucher("LC").orElseThrow().get("loyalty_card");
		assertThat(card.get("points").asLong()).isEqualTo(100);
		assertThat(card.get("subtracted_points").asLong()).isEqualTo(30);
		assertThat(card.get("balance").asLong()).isEqualTo(70);
		JsonNode tx = this.emulator.transactions("LC").get(0);
		assertThat(tx.get("type").asString()).isEqualTo("POINTS_REMOVAL");
		assertThat(tx.get("details").get("balance").get("points").asLong()).isEqualTo(-30);
		assertThat(this.client.post("/v1/vouchers/LC/balance", "{\"amount\":5}").json().get("balance").asLong()).isEqualTo(75);
		assertThat(this.emulator.transactions("LC").get(0).get("type").asString()).isEqualTo("POINTS_ADDITION");

		TestClient.Response orphan = this.client.post("/v1/vouchers/ORPHAN/balance", "{\"amount\":5}");
		assertThat(orphan.status()).isEqualTo(400);
		assertThat(orphan.json().get("key").asString()).isEqualTo("invalid_add_balance_params");
	}

	@Test
	void rejectsBadBalanceRequests() {
		this.emulator.addGiftCard("GC", 100);
		this.emulator.addAmountDiscount("DISC", 100);
		for (String body : List.of("{}", "{\"amount\":\"10\"}", "{\"amount\":1.5}", "{\"amount\":null}", "[]")) {
			TestClient.Response response = this.client.post("/v1/vouchers/GC/balance", body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.json().get("key").asString()).isEqualTo("invalid_payload");
			assertThat(response.json().get("message").asString()).isEqualTo("Invalid payload");
		}
		TestClient.Response tooMuch = this.client.post("/v1/vouchers/GC/balance", "{\"amount\":-101}");
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.json().get("key").asString()).isEqualTo("invalid_add_balance_params");
		assertThat(tooMuch.json().get("code").asInt()).isEqualTo(400);
		TestClient.Response discount = this.client.post("/v1/vouchers/DISC/balance", "{\"amount\":5}");
		assertThat(discount.status()).isEqualTo(400);
		assertThat(discount.json().get("key").asString()).isEqualTo("invalid_add_balance_params");
		assertThat(this.client.post("/v1/vouchers/NOPE/balance", "{\"amount\":5}").status()).isEqualTo(404);
		assertThat(this.emulator.voucher("GC").orElseThrow().get("gift").get("balance").asLong()).isEqualTo(100);
		assertThat(this.emulator.transactions("GC")).isEmpty();
	}

	@Test
	void listsTransactionsNewestFirstWithCursorAndPage() {
		this.emulator.addGiftCard("GC", 0);
		for (int i = 1; i <= 25; i++) {
			this.client.post("/v1/vouchers/GC/balance", "{\"amount\":" + i + "}");
		}
		JsonNode first = this.client.get("/v1/vouchers/GC/transactions").json();
		assertThat(first.get("object").asString()).isEqualTo("list");
		assertThat(first.get("data_ref").asString()).isEqualTo("data");
		assertThat(first.has("total")).isFalse();
		assertThat(first.get("data")).hasSize(10);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(amounts(first)).startsWith(25L, 24L);

		List<Long> all = new ArrayList<>(amounts(first));
		String cursor = first.get("more_starting_after").asString();
		while (cursor != null) {
			JsonNode page = this.client.get("/v1/vouchers/GC/transactions?limit=10&starting_after_id=" + cursor).json();
			all.addAll(amounts(page));
			cursor = page.get("has_more").asBoolean() ? page.get("more_starting_after").asString() : null;
			if (cursor == null) {
				assertThat(page.has("more_starting_after")).isFalse();
			}
		}
		assertThat(all).hasSize(25).first().isEqualTo(25L);
		assertThat(all).last().isEqualTo(1L);

		assertThat(amounts(this.client.get("/v1/vouchers/GC/transactions?order=id&limit=3").json())).containsExactly(1L, 2L, 3L);
		assertThat(amounts(this.client.get("/v1/vouchers/GC/transactions?page=3&limit=10").json())).containsExactly(5L, 4L,
				3L, 2L, 1L);
		for (String query : List.of("limit=0", "limit=101", "order=created_at", "limit=abc")) {
			TestClient.Response bad = this.client.get("/v1/vouchers/GC/transactions?" + query);
			assertThat(bad.status()).as(query).isEqualTo(400);
			assertThat(bad.json().get("key").asString()).isEqualTo("invalid_query_params");
		}
		assertThat(this.client.get("/v1/vouchers/NOPE/transactions").status()).isEqualTo(404);
	}

	private static List<Long> amounts(JsonNode list) {
		List<Long> amounts = new ArrayList<>();
		list.get("data").forEach((tx) -> amounts.add(tx.get("details").get("balance").get("amount").asLong()));
		return amounts;
	}

}
