package dev.vouchkit.sample;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.vouchkit.voucherify.emulator.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading a CSV of vouchers and reading the import's outcome.
 */
class CsvImportTests extends OnDemoVouchers {

	private static final String HEADER = "Code,Voucher Type,Value,Category\n";

	@Test
	void importsAFileAndReportsTheOutcome() {
		outcomeOfAcceptedUpload("gift-cards.csv", HEADER + "NEW-GIFT-1,GIFT_VOUCHER,3000,gift-cards\n")
			.jsonPath("$.status").isEqualTo("DONE")
			.jsonPath("$.result.done_count").isEqualTo(1)
			.jsonPath("$.result.failed_count").isEqualTo(0);
		this.client.get().uri("/api/vouchers/NEW-GIFT-1").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.gift.balance").isEqualTo(3000);
	}

	@Test
	void badRowsShowInTheOutcomeWithTheirReason() {
		outcomeOfAcceptedUpload("mixed.csv",
				HEADER + "GOOD-1,GIFT_VOUCHER,1000,gift-cards\nBAD-1,NOT_A_TYPE,1,gift-cards\n")
			.jsonPath("$.result.done_count").isEqualTo(1)
			.jsonPath("$.result.failed_count").isEqualTo(1)
			.jsonPath("$.result.failed[0].code").isEqualTo("BAD-1")
			.jsonPath("$.result.failed[0].row").isEqualTo(3)
			.jsonPath("$.result.failed[0].reason").value((reason) -> assertThat(reason.toString()).contains("Type"));
	}

	@Test
	void aFileThatIsNotCsvIsA400NamingFileAndIsNeverSent() {
		upload("vouchers.xlsx", "not a csv").expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.parameter").isEqualTo("file");
		assertThat(this.emulator.journal().count(Operation.IMPORT_VOUCHERS_USING_CSV)).isZero();
	}

	@Test
	void anUploadWithoutAFileIsA400NamingFile() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("comment", "forgot the file");
		this.client.post().uri("/api/imports").bodyValue(body.build()).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("file");
	}

	@Test
	void theOutcomeWaitsForTheImportToFinishThroughTheStarter() {
		outcomeOfAcceptedUpload("later.csv", HEADER + "LATER-1,GIFT_VOUCHER,1000,gift-cards\n")
			.jsonPath("$.status").isEqualTo("DONE")
			.jsonPath("$.progress").isEqualTo(100);
		// The emulator's job takes a second: the starter polled it until DONE, each poll an API call.
		assertThat(this.emulator.journal().count(Operation.GET_ASYNC_ACTION)).isGreaterThan(1);
	}

	@Test
	void anImportThatFailsAsAWholeShowsFailed() {
		this.emulator.failNextImport("The file could not be processed");
		outcomeOfAcceptedUpload("broken.csv", HEADER + "NEVER-1,GIFT_VOUCHER,1000,gift-cards\n")
			.jsonPath("$.status").isEqualTo("FAILED")
			.jsonPath("$.result.message").isEqualTo("The file could not be processed");
	}

	@Test
	void anUnknownImportIsA404Problem() {
		this.client.get().uri("/api/imports/aa_unknown").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/** Uploads a file the desk accepts (202) and reads the import's outcome, which must be 200. */
	private WebTestClient.BodyContentSpec outcomeOfAcceptedUpload(String filename, String content) {
		String asyncActionId = upload(filename, content).expectStatus()
			.isAccepted()
			.expectBody(ImportController.ImportAccepted.class)
			.returnResult()
			.getResponseBody()
			.asyncActionId();
		return this.client.get().uri("/api/imports/" + asyncActionId).exchange().expectStatus().isOk().expectBody();
	}

	private WebTestClient.ResponseSpec upload(String filename, String content) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return filename;
			}

		}).contentType(MediaType.parseMediaType("text/csv"));
		return this.client.post().uri("/api/imports").bodyValue(body.build()).exchange();
	}

}
