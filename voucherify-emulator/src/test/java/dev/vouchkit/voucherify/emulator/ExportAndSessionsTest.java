package dev.vouchkit.voucherify.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExportAndSessionsTest extends EmulatorOverHttp {

	@BeforeEach
	void finishJobsAtOnce() {
		// These tests read the export right after creating it; AsyncJobsTest covers the stages before it.
		this.emulator.jobDuration(Duration.ZERO);
	}

	@Test
	void exportIsScheduledThenDoneWithADownloadableCsv() {
		VoucherifyEmulator.SeededVoucher card = this.emulator.addGiftCard("GIFT, \"quoted\"", 1000);
		this.client.post("/v1/vouchers/" + card.id() + "/balance", "{\"amount\":500,\"reason\":\"a, b\"}");
		this.client.post("/v1/vouchers/" + card.id() + "/balance", "{\"amount\":-200}");

		TestClient.Response created = this.client.post("/v1/vouchers/" + card.id() + "/transactions/export",
				"{\"parameters\":{\"order\":\"created_at\",\"fields\":[\"id\",\"type\",\"amount\",\"balance\",\"reason\"]}}");
		assertThat(created.status()).isEqualTo(200);
		JsonNode export = created.json();
		assertThat(export.get("id").asString()).matches("exp_[A-Za-z0-9]{24}");
		assertThat(export.get("object").asString()).isEqualTo("export");
		assertThat(export.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(export.get("result").isNull()).isTrue();
		assertThat(export.get("user_id").isNull()).isTrue();
		assertThat(export.get("channel").asString()).isEqualTo("API");
		assertThat(export.get("exported_object").asString()).isEqualTo("voucher_transactions");
		assertThat(export.at("/parameters/filters/voucher_id/conditions/$in/0").asString()).isEqualTo("GIFT, \"quoted\"");
		assertThat(export.at("/parameters/order").asString()).isEqualTo("created_at");

		JsonNode done = this.client.get("/v1/exports/" + export.get("id").asString()).json();
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		String url = done.get("result").get("url").asString();
		assertThat(url).startsWith(this.emulator.downloadBaseUrl() + "/v1/exports/").contains("token=");

		TestClient.Response csv = this.client.anonymous().send(HttpRequest.newBuilder(URI.create(url)).build());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("content-type")).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("id,type,amount,balance,reason");
		assertThat(lines[1]).matches("vtx_[0-9a-f]{18},CREDITS_ADDITION,500,1500,\"a, b\"");
		assertThat(lines[2]).matches("vtx_[0-9a-f]{18},CREDITS_REMOVAL,-200,1300,");
		TestClient.Response badToken = this.client.anonymous()
			.send(HttpRequest.newBuilder(URI.create(url.replaceAll("token=.*", "token=x"))).build());
		assertThat(badToken.status()).isEqualTo(403);
	}

	@Test
	void exportWithoutBodyAndErrors() {
		this.emulator.addLoyaltyCard("LC", 10, "cust_1");
		JsonNode export = this.client.post("/v1/vouchers/LC/transactions/export", null).json();
		assertThat(export.get("parameters").has("fields")).isFalse();
		assertThat(export.at("/parameters/filters/voucher_id/conditions/$in/0").asString()).isEqualTo("LC");
		String csv = this.client.get("/v1/exports/" + export.get("id").asString()).json().at("/result/url").asString();
		assertThat(this.client.send(HttpRequest.newBuilder(URI.create(csv)).build()).body())
			.startsWith(String.join(",", ExportHandlers.FIELDS));
		assertThat(this.client.post("/v1/vouchers/NOPE/transactions/export", "{}").status()).isEqualTo(404);
		TestClient.Response badField = this.client.post("/v1/vouchers/LC/transactions/export",
				"{\"parameters\":{\"fields\":[\"nope\"]}}");
		assertThat(badField.status()).isEqualTo(400);
		assertThat(badField.json().get("key").asString()).isEqualTo("invalid_export_params");
		assertThat(this.client.get("/v1/exports/exp_unknown").json().get("resource_type").asString()).isEqualTo("export");
	}

	@Test
	void releasesSessionsAndReportsWhichResourceIsMissing() {
		this.emulator.addAmountDiscount("D", 100);
		String generated = this.emulator.openSession("D");
		assertThat(generated).matches("ssn_[A-Za-z0-9]{32}");
		this.emulator.openSession("D", "my key/1");
		assertThat(this.emulator.openSessions("D")).containsExactlyInAnyOrder(generated, "my key/1");

		TestClient.Response released = this.client.delete("/v1/vouchers/D/sessions/" + generated);
		assertThat(released.status()).isEqualTo(204);
		assertThat(released.body()).isEmpty();
		assertThat(this.client.delete("/v1/vouchers/D/sessions/my%20key%2F1").status()).isEqualTo(204);
		assertThat(this.emulator.openSessions("D")).isEmpty();

		JsonNode missingSession = this.client.delete("/v1/vouchers/D/sessions/" + generated).json();
		assertThat(missingSession.get("code").asInt()).isEqualTo(404);
		assertThat(missingSession.get("resource_type").asString()).isEqualTo("session");
		assertThat(missingSession.get("resource_id").asString()).isEqualTo(generated);
		assertThat(missingSession.get("details").asString()).isEqualTo("Cannot find session with id " + generated);

		JsonNode missingVoucher = this.client.delete("/v1/vouchers/Enigma-Voucher/sessions/x").json();
		assertThat(missingVoucher.get("resource_type").asString()).isEqualTo("voucher");
		assertThat(missingVoucher.get("details").asString()).isEqualTo("Cannot find voucher with id Enigma-Voucher");
	}

}
