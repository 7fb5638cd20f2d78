package dev.vouchkit.voucherify.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends EmulatorOverHttp {

	private TestClient admin;

	@BeforeEach
	void setUpAdmin() {
		this.admin = this.client.anonymous();
		this.emulator.addGiftCard("GC", 1000);
	}

	@Test
	void scriptedRepliesAreConsumedOnePerRequestThenNormal() {
		this.emulator.faults()
			.enqueue(Operation.GET_VOUCHER, Fault.reply(503, "{\"code\":503,\"message\":\"down\"}", Duration.ofSeconds(7)),
					Fault.status(429));
		TestClient.Response first = this.client.get("/v1/vouchers/GC");
		assertThat(first.status()).isEqualTo(503);
		assertThat(first.json().get("message").asString()).isEqualTo("down");
		assertThat(first.header("retry-after")).isEqualTo("7");
		TestClient.Response second = this.client.get("/v1/vouchers/GC");
		assertThat(second.status()).isEqualTo(429);
		assertThat(second.json().get("code").asInt()).isEqualTo(429);
		assertThat(second.json().get("request_id").asString()).startsWith("v-");
		assertThat(this.client.get("/v1/vouchers/GC").status()).isEqualTo(200);
		assertThat(this.client.get("/v1/vouchers").status()).isEqualTo(200);
		assertThat(this.emulator.journal().count(Operation.GET_VOUCHER)).isEqualTo(3);
		assertThat(this.emulator.journal().entries(Operation.GET_VOUCHER)).extracting(RequestJournal.Entry::status)
			.containsExactly(503, 429, 200);
	}

	@Test
	void addedLatencyDelaysTheOperation() {
		this.emulator.faults().latency(Operation.GET_VOUCHER, Duration.ofMillis(300));
		long started = System.nanoTime();
		assertThat(this.client.get("/v1/vouchers/GC").status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void resetBeforeReadAppliesNothing() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.resetBeforeRead());
		assertThatThrownBy(() -> this.client.post("/v1/vouchers/GC/balance", "{\"amount\":500}"))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1000);
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(1);
		assertThat(this.emulator.journal().entries().get(0).fault()).isEqualTo("RESET_BEFORE_READ");
		assertThat(this.emulator.journal().entries().get(0).status()).isZero();
	}

	@Test
	void resetAfterApplyChangesStateButTheClientSeesAClosedConnection() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.resetAfterApply());
		assertThatThrownBy(() -> this.client.post("/v1/vouchers/GC/balance", "{\"amount\":500}"))
			.isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(IOException.class);
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1500);
		assertThat(this.emulator.transactions("GC")).hasSize(1);
		assertThat(this.emulator.journal().entries(Operation.UPDATE_VOUCHER_BALANCE).get(0).fault()).isEqualTo("RESET_AFTER_APPLY");
		// The next call is normal again.
		assertThat(this.client.post("/v1/vouchers/GC/balance", "{\"amount\":1}").json().get("balance").asLong())
			.isEqualTo(1501);
	}

	@Test
	void appliedThenAnErrorStatusChangesStateButAnswersWithTheStatus() {
		for (int status : new int[] { 500, 502, 503, 504 }) {
			this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(status));
			assertThat(this.client.post("/v1/vouchers/GC/balance", "{\"amount\":10,\"source_id\":\"s-" + status + "\"}")
				.status()).isEqualTo(status);
		}
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1040);
		assertThat(this.emulator.transactions("GC")).extracting((tx) -> tx.get("source_id").asString())
			.containsExactly("s-504", "s-503", "s-502", "s-500");
		assertThat(this.emulator.journal().entries(Operation.UPDATE_VOUCHER_BALANCE)).extracting(RequestJournal.Entry::fault)
			.containsExactly("APPLIED_THEN_STATUS_500", "APPLIED_THEN_STATUS_502", "APPLIED_THEN_STATUS_503",
					"APPLIED_THEN_STATUS_504");
	}

	@Test
	void notAppliedReadsTheWholeRequestThenFailsLikeAnAppliedOne() {
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.notApplied().thenReset(), Fault.notApplied().thenStatus(502));
		assertThatThrownBy(() -> this.client.post("/v1/vouchers/GC/balance", "{\"amount\":500}"))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(this.client.post("/v1/vouchers/GC/balance", "{\"amount\":500}").status()).isEqualTo(502);
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1000);
		assertThat(this.emulator.transactions("GC")).isEmpty();
		assertThat(this.emulator.journal().entries(Operation.UPDATE_VOUCHER_BALANCE)).extracting(RequestJournal.Entry::fault)
			.containsExactly("NOT_APPLIED_THEN_RESET", "NOT_APPLIED_THEN_STATUS_502");
	}

	@Test
	void appliedAfterADelayShowsTheTransactionOnlyWhenReleasedOrDue() throws InterruptedException {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.appliedAfter(Duration.ofMinutes(10)).thenReset());
		assertThatThrownBy(() -> this.client.post("/v1/vouchers/GC/balance", "{\"amount\":500,\"source_id\":\"late\"}"))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(this.emulator.faults().pendingLateApplications()).isEqualTo(1);
		assertThat(this.emulator.transactions("GC")).isEmpty();
		this.emulator.faults().releaseLateApplications();
		assertThat(this.emulator.faults().awaitLateApplications(Duration.ofSeconds(30))).isTrue();
		assertThat(this.emulator.faults().pendingLateApplications()).isZero();
		assertThat(this.emulator.transactions("GC")).extracting((tx) -> tx.get("source_id").asString())
			.containsExactly("late");
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1500);

		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.appliedAfter(Duration.ofMillis(1)).thenStatus(504));
		assertThat(this.client.post("/v1/vouchers/GC/balance", "{\"amount\":1}").status()).isEqualTo(504);
		assertThat(this.emulator.faults().awaitLateApplications(Duration.ofSeconds(30))).isTrue();
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1501);
	}

	@Test
	void noReplyHoldsTheConnectionUntilTheClientGivesUp() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenNoReply());
		java.net.http.HttpRequest request = this.client.request("/v1/vouchers/GC/balance")
			.timeout(Duration.ofMillis(500))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\":7}"))
			.build();
		assertThatThrownBy(() -> this.client.send(request)).hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1007);
		assertThat(this.emulator.journal().entries(Operation.UPDATE_VOUCHER_BALANCE).get(0).fault())
			.isEqualTo("APPLIED_THEN_NO_REPLY");
	}

	@Test
	void sourceIdsAreKeptExactlyAsSentAndMayRepeat() {
		String sourceId = "  Ünïcødé/+%20 ✓ order#42  ";
		String body = "{\"amount\":5,\"source_id\":" + tools.jackson.databind.json.JsonMapper.shared()
			.writeValueAsString(sourceId) + "}";
		assertThat(this.client.post("/v1/vouchers/GC/balance", body).status()).isEqualTo(200);
		assertThat(this.client.post("/v1/vouchers/GC/balance", body).status()).isEqualTo(200);
		JsonNode list = this.client.get("/v1/vouchers/GC/transactions").json();
		assertThat(list.get("data").findValuesAsString("source_id")).containsExactly(sourceId, sourceId);
		assertThat(this.emulator.voucher("GC").orElseThrow().at("/gift/balance").asLong()).isEqualTo(1010);
	}

	@Test
	void adminEndpointQueuesLostReplies() {
		assertThat(this.admin.post("/_emulator/faults", """
				{"operation":"UPDATE_BALANCE","faults":[{"applied":"NOW","then":503},{"applied":"NEVER","then":"RESET"},
				 {"applied":"LATER","apply_after_ms":50,"then":"NO_REPLY"}]}""").status()).isEqualTo(204);
		assertThat(this.emulator.faults().pending(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(3);
		assertThat(this.admin.post("/_emulator/faults", """
				{"operation":"UPDATE_BALANCE","faults":[{"applied":"LATER","then":"RESET"}]}""").status()).isEqualTo(400);
		assertThat(this.admin.post("/_emulator/faults", """
				{"operation":"UPDATE_BALANCE","faults":[{"applied":"NOW","then":"SHRUG"}]}""").status()).isEqualTo(400);
	}

	@Test
	void journalRecordsRawTargetsAndHeadersWithoutTheToken() {
		this.client.send("GET", "/v1/vouchers/A%2FB?x=1+2", null, "X-Voucherify-Channel", "Java-SDK");
		RequestJournal.Entry entry = this.emulator.journal().entries().get(0);
		assertThat(entry.operation()).isEqualTo(Operation.GET_VOUCHER);
		assertThat(entry.method()).isEqualTo("GET");
		assertThat(entry.rawPathAndQuery()).isEqualTo("/v1/vouchers/A%2FB?x=1+2");
		assertThat(entry.status()).isEqualTo(404);
		assertThat(entry.headers()).containsEntry("x-voucherify-channel", "Java-SDK")
			.containsEntry("x-app-id", this.emulator.appId())
			.doesNotContainKey("x-app-token");
		this.emulator.journal().clear();
		assertThat(this.emulator.journal().count(Operation.GET_VOUCHER)).isZero();
	}

	@Test
	void adminEndpointScriptsFaultsAndExposesTheJournal() {
		assertThat(this.admin.post("/_emulator/faults", """
				{"operation":"DELETE_VOUCHER","latency_ms":10,
				 "faults":[{"status":500,"body":{"code":500,"message":"boom"}},{"reset":"AFTER_APPLY"}]}""").status())
			.isEqualTo(204);
		assertThat(this.emulator.faults().pending(Operation.DELETE_VOUCHER)).isEqualTo(2);
		assertThat(this.client.delete("/v1/vouchers/GC").status()).isEqualTo(500);
		assertThat(this.emulator.voucher("GC")).isPresent();
		assertThatThrownBy(() -> this.client.delete("/v1/vouchers/GC")).isInstanceOf(UncheckedIOException.class);
		assertThat(this.emulator.voucher("GC")).isEmpty();
		assertThat(this.emulator.isInBin("GC")).isTrue();

		JsonNode journal = this.admin.get("/_emulator/journal").json();
		assertThat(journal.get("counts").get("DELETE_VOUCHER").asInt()).isEqualTo(2);
		assertThat(journal.get("entries").findValuesAsString("fault")).containsExactly("SCRIPTED_REPLY", "RESET_AFTER_APPLY");
		assertThat(journal.get("entries").get(0).get("headers").has("x-app-token")).isFalse();

		this.admin.post("/_emulator/faults", "{\"operation\":\"GET_VOUCHER\",\"faults\":[{\"reset\":\"BEFORE_READ\"}]}");
		assertThat(this.admin.delete("/_emulator/faults").status()).isEqualTo(204);
		assertThat(this.client.get("/v1/vouchers").status()).isEqualTo(200);
		assertThat(this.admin.delete("/_emulator/journal").status()).isEqualTo(204);
		assertThat(this.emulator.journal().entries()).isEmpty();
		assertThat(this.admin.post("/_emulator/faults", "{\"operation\":\"NOPE\"}").status()).isEqualTo(400);
	}

	@Test
	void adminEndpointStillTakesTheFormerOperationNames() {
		assertThat(this.admin.post("/_emulator/faults", """
				{"operation":"UPDATE_BALANCE","faults":[{"status":503,"body":{"code":503,"message":"busy"}}]}""")
			.status()).isEqualTo(204);
		assertThat(this.admin.post("/_emulator/faults", "{\"operation\":\"IMPORT_CSV\",\"latency_ms\":1}").status())
			.isEqualTo(204);
		assertThat(this.emulator.faults().pending(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(1);
		assertThat(Operation.named("LIST_TRANSACTIONS")).isEqualTo(Operation.LIST_VOUCHER_TRANSACTIONS);
		assertThat(Operation.named("EXPORT_TRANSACTIONS")).isEqualTo(Operation.EXPORT_VOUCHER_TRANSACTIONS);
		assertThat(Operation.named("RELEASE_SESSION")).isEqualTo(Operation.RELEASE_VALIDATION_SESSION);
		assertThat(Operation.named("GET_VOUCHER")).isEqualTo(Operation.GET_VOUCHER);
		assertThat(this.admin.post("/_emulator/faults", "{\"operation\":\"NOPE\"}").json().get("details").asString())
			.contains("UPDATE_VOUCHER_BALANCE");
	}

	@Test
	void adminEndpointSeedsInspectsAndResets() {
		TestClient.Response seeded = this.admin.post("/_emulator/seed", """
				{"vouchers":[{"code":"S1","type":"GIFT_VOUCHER","gift":{"amount":300}},
				             {"code":"S2","type":"DISCOUNT_VOUCHER","discount":{"type":"AMOUNT","amount_off":50}}],
				 "sessions":[{"voucher":"S2","key":"ssn_fixed"}]}""");
		assertThat(seeded.status()).isEqualTo(200);
		assertThat(seeded.json().get("vouchers").asInt()).isEqualTo(2);
		assertThat(this.admin.post("/_emulator/vouchers/S1/sessions", "{\"key\":\"k1\"}").json().get("key").asString())
			.isEqualTo("k1");
		JsonNode inspected = this.admin.get("/_emulator/vouchers/S2").json();
		assertThat(inspected.get("state").asString()).isEqualTo("LIVE");
		assertThat(inspected.get("sessions").get(0).asString()).isEqualTo("ssn_fixed");
		assertThat(this.client.delete("/v1/vouchers/S2/sessions/ssn_fixed").status()).isEqualTo(204);
		this.client.delete("/v1/vouchers/S2");
		assertThat(this.admin.get("/_emulator/vouchers/S2").json().get("state").asString()).isEqualTo("IN_BIN");
		assertThat(this.admin.post("/_emulator/seed", "{\"vouchers\":[{\"code\":\"S1\",\"gift\":{\"amount\":1}}]}").status()).isEqualTo(409);

		assertThat(this.admin.post("/_emulator/reset", null).status()).isEqualTo(204);
		assertThat(this.emulator.voucherCount()).isZero();
		assertThat(this.admin.get("/_emulator/vouchers/S2").json().get("state").asString()).isEqualTo("ABSENT");
		assertThat(this.admin.get("/_emulator/health").json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void faultsApplyToTheMatchedOperationOnly() {
		for (Operation operation : List.of(Operation.LIST_VOUCHERS, Operation.ENABLE_VOUCHER)) {
			this.emulator.faults().enqueue(operation, Fault.status(502));
		}
		assertThat(this.client.post("/v1/vouchers/GC/disable", null).status()).isEqualTo(200);
		assertThat(this.client.post("/v1/vouchers/GC/enable", null).status()).isEqualTo(502);
		assertThat(this.client.get("/v1/vouchers").status()).isEqualTo(502);
		assertThat(this.client.get("/v1/vouchers").status()).isEqualTo(200);
		assertThat(this.emulator.voucher("GC").orElseThrow().get("active").asBoolean()).isFalse();
	}

}
