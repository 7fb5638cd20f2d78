package dev.vouchkit.voucherify.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports and exports move through their stages over the job duration, read on a clock the test
 * moves by hand, and finish FAILED / ERROR when scripted; files come from the download listener.
 */
class AsyncJobsTest {

	private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private VoucherifyEmulator emulator;

	private TestClient client;

	@BeforeEach
	void start() {
		this.emulator = VoucherifyEmulator.builder().clock(this.clock).jobDuration(Duration.ofSeconds(10)).start();
		this.client = new TestClient(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void importGoesEnqueuedThenInProgressWithProgressThenDone() {
		String id = upload("Code,Voucher Type,Value\nGC-1,GIFT_VOUCHER,100\nBAD,,1\n");

		JsonNode enqueued = action(id);
		assertThat(enqueued.get("status").asString()).isEqualTo("ENQUEUED");
		assertThat(enqueued.get("progress").asInt()).isZero();
		assertThat(enqueued.has("result")).isFalse();

		this.clock.advance(Duration.ofSeconds(4));
		JsonNode working = action(id);
		assertThat(working.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(working.get("progress").asInt()).isEqualTo(40);

		this.clock.advance(Duration.ofSeconds(6));
		JsonNode done = action(id);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("progress").asInt()).isEqualTo(100);
		assertThat(done.get("processing_time").asLong()).isEqualTo(10_000);
		assertThat(done.get("updated_at").asString()).isEqualTo("2026-01-01T10:00:10.000Z");
		assertThat(done.at("/result/done_count").asInt()).isEqualTo(1);
		assertThat(done.at("/result/failed/0/code").asString()).isEqualTo("BAD");
	}

	@Test
	void scriptedImportFailureAppliesNothingAndEndsFailed() {
		this.emulator.failNextImport("File could not be processed");
		String failing = upload("Code,Voucher Type,Value\nNEVER,GIFT_VOUCHER,100\n");
		String next = upload("Code,Voucher Type,Value\nLATER,GIFT_VOUCHER,100\n");
		this.clock.advance(Duration.ofSeconds(10));

		JsonNode failed = action(failing);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.at("/result/message").asString()).isEqualTo("File could not be processed");
		assertThat(this.emulator.voucher("NEVER")).isEmpty();
		assertThat(action(next).get("status").asString()).isEqualTo("DONE");
		assertThat(this.emulator.voucher("LATER")).isPresent();
	}

	@Test
	void exportGoesScheduledThenInProgressThenDoneWithALinkToTheDownloadListener() {
		this.emulator.addGiftCard("GIFT", 1000);
		String id = this.client.post("/v1/vouchers/GIFT/transactions/export", "{}").json().get("id").asString();
		assertThat(export(id).get("status").asString()).isEqualTo("SCHEDULED");
		this.clock.advance(Duration.ofSeconds(5));
		JsonNode working = export(id);
		assertThat(working.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(working.get("result").isNull()).isTrue();
		this.clock.advance(Duration.ofSeconds(5));

		JsonNode done = export(id);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		URI url = URI.create(done.at("/result/url").asString());
		assertThat(url.getPort()).isEqualTo(this.emulator.downloadPort()).isNotEqualTo(this.emulator.port());
		assertThat(url.getPath()).isEqualTo("/v1/exports/" + id);
		String token = url.getQuery().substring("token=".length());

		TestClient.Response file = this.client.anonymous().send(HttpRequest.newBuilder(url).build());
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("content-type")).startsWith("text/csv");
		assertThat(file.body()).startsWith("id,type,");
		TestClient.Response withoutToken = this.client.anonymous()
			.send(HttpRequest.newBuilder(URI.create(this.emulator.downloadBaseUrl() + url.getPath())).build());
		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(this.client.anonymous()
			.send(HttpRequest.newBuilder(URI.create(this.emulator.downloadBaseUrl() + "/v1/exports/exp_nope?token=" + token))
				.build())
			.status()).isEqualTo(404);
		// The API listener no longer serves files, and the journal never keeps a token.
		assertThat(this.client.get("/v1/exports/" + id + "?token=" + token).status()).isEqualTo(200);
		assertThat(this.emulator.journal().entries(Operation.DOWNLOAD_EXPORT)).hasSize(3)
			.allSatisfy((entry) -> assertThat(entry.rawPathAndQuery()).doesNotContain(token));
		assertThat(this.emulator.journal().entries()).allSatisfy(
				(entry) -> assertThat(entry.rawPathAndQuery()).doesNotContain(token));
	}

	@Test
	void scriptedExportErrorHasNoFile() {
		this.emulator.addGiftCard("GIFT", 1000);
		this.emulator.failNextExport();
		String failing = this.client.post("/v1/vouchers/GIFT/transactions/export", "{}").json().get("id").asString();
		String next = this.client.post("/v1/vouchers/GIFT/transactions/export", "{}").json().get("id").asString();
		this.clock.advance(Duration.ofSeconds(10));

		JsonNode error = export(failing);
		assertThat(error.get("status").asString()).isEqualTo("ERROR");
		assertThat(error.get("result").isNull()).isTrue();
		assertThat(export(next).get("status").asString()).isEqualTo("DONE");
	}

	@Test
	void adminEndpointScriptsDurationAndFailures() {
		TestClient admin = this.client.anonymous();
		assertThat(admin.post("/_emulator/jobs",
				"{\"duration_ms\":0,\"fail_next_import\":\"broken\",\"fail_next_export\":true}").status())
			.isEqualTo(204);
		assertThat(action(upload("Code,Voucher Type,Value\nX,GIFT_VOUCHER,1\n")).get("status").asString())
			.isEqualTo("FAILED");
		this.emulator.addGiftCard("GIFT", 1000);
		String id = this.client.post("/v1/vouchers/GIFT/transactions/export", "{}").json().get("id").asString();
		assertThat(export(id).get("status").asString()).isEqualTo("ERROR");
		assertThat(admin.post("/_emulator/jobs", "{\"duration_ms\":-1}").status()).isEqualTo(400);

		this.emulator.reset();
		String afterReset = upload("Code,Voucher Type,Value\nY,GIFT_VOUCHER,1\n");
		assertThat(action(afterReset).get("status").asString()).isEqualTo("ENQUEUED");
	}

	private String upload(String csv) {
		TestClient.Response accepted = this.client.uploadCsv("file", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).isEqualTo(202);
		return accepted.json().get("async_action_id").asString();
	}

	private JsonNode action(String id) {
		return this.client.get("/v1/async-actions/" + id).json();
	}

	private JsonNode export(String id) {
		return this.client.get("/v1/exports/" + id).json();
	}

}
