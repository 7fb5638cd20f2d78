package dev.vouchkit.voucherify.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCsvTest extends EmulatorOverHttp {

	@BeforeEach
	void finishJobsAtOnce() {
		// These tests read the outcome right after the upload; AsyncJobsTest covers the stages before it.
		this.emulator.jobDuration(Duration.ZERO);
	}

	@Test
	void importsRowsAndReportsBadOnesInTheAsyncAction() {
		this.emulator.addGiftCard("EXISTING", 100);
		this.emulator.addGiftCard("BINNED", 100);
		this.client.delete("/v1/vouchers/BINNED");
		String csv = """
				Code,Voucher Type,Value,Discount Type,Category,Start Date,Expiration Date,Redemption Limit,Redeemed Quantity,Active,Additional Info,Shop
				GC-1,GIFT_VOUCHER,5000,,Gifts,2020-03-11,2030-03-11T09:00:00.000Z,,,TRUE,"note, with comma",berlin
				D-AMOUNT,DISCOUNT_VOUCHER,1000,AMOUNT,,2020-03-11T09,2030-01-01T10:30,5,2,FALSE,,
				D-PERCENT,DISCOUNT_VOUCHER,15,PERCENT,,2020-03-11T09:00:00,2030-03-11T09:00:00Z,,,,,
				,GIFT_VOUCHER,100,,,,,,,,,
				NO-TYPE,,100,,,,,,,,,
				GC-1,GIFT_VOUCHER,1,,,,,,,,,
				BAD-DATE,GIFT_VOUCHER,1,,,31/12/2020,,,,,,
				NO-DTYPE,DISCOUNT_VOUCHER,5,,,,,,,,,
				BINNED,GIFT_VOUCHER,1,,,,,,,,,
				EXISTING,GIFT_VOUCHER,999,,Updated,,,,,FALSE,,
				""";
		TestClient.Response accepted = this.client.uploadCsv("file", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).isEqualTo(202);
		String actionId = accepted.json().get("async_action_id").asString();
		assertThat(actionId).matches("aa_[0-9a-f]{18}");

		JsonNode action = this.client.get("/v1/async-actions/" + actionId).json();
		assertThat(action.get("type").asString()).isEqualTo("VOUCHERS.IMPORT_CSV");
		assertThat(action.get("status").asString()).isEqualTo("DONE");
		assertThat(action.get("progress").asInt()).isEqualTo(100);
		JsonNode result = action.get("result");
		assertThat(result.get("done_count").asInt()).isEqualTo(4);
		assertThat(result.get("failed_count").asInt()).isEqualTo(6);
		assertThat(result.get("message").asString()).isEqualTo("4 voucher(s) imported successfully, 6 failed.");
		assertThat(result.get("failed").get(0).get("row").asInt()).isEqualTo(5);
		assertThat(result.get("failed").get(0).get("reason").asString()).isEqualTo("Code is required");
		assertThat(result.get("failed").get(1).get("code").asString()).isEqualTo("NO-TYPE");
		assertThat(result.get("failed").get(1).get("reason").asString()).isEqualTo("Voucher Type is required");
		assertThat(result.get("failed").findValuesAsString("code")).containsExactly("", "NO-TYPE", "GC-1", "BAD-DATE",
				"NO-DTYPE", "BINNED");

		JsonNode gift = this.emulator.voucher("GC-1").orElseThrow();
		assertThat(gift.get("gift").get("balance").asLong()).isEqualTo(5000);
		assertThat(gift.get("category").asString()).isEqualTo("Gifts");
		assertThat(gift.get("start_date").asString()).isEqualTo("2020-03-11T00:00:00.000Z");
		assertThat(gift.get("expiration_date").asString()).isEqualTo("2030-03-11T09:00:00.000Z");
		assertThat(gift.get("additional_info").asString()).isEqualTo("note, with comma");
		assertThat(gift.get("metadata").get("Shop").asString()).isEqualTo("berlin");
		assertThat(gift.get("campaign").isNull()).isTrue();
		JsonNode amount = this.emulator.voucher("D-AMOUNT").orElseThrow();
		assertThat(amount.get("discount").get("amount_off").asLong()).isEqualTo(1000);
		assertThat(amount.get("active").asBoolean()).isFalse();
		assertThat(amount.get("redemption").get("quantity").asInt()).isEqualTo(5);
		assertThat(amount.get("redemption").get("redeemed_quantity").asInt()).isEqualTo(2);
		assertThat(amount.get("start_date").asString()).isEqualTo("2020-03-11T09:00:00.000Z");
		assertThat(amount.get("expiration_date").asString()).isEqualTo("2030-01-01T10:30:00.000Z");
		assertThat(this.emulator.voucher("D-PERCENT").orElseThrow().get("discount").get("percent_off").asInt()).isEqualTo(15);
		JsonNode updated = this.emulator.voucher("EXISTING").orElseThrow();
		assertThat(updated.get("category").asString()).isEqualTo("Updated");
		assertThat(updated.get("active").asBoolean()).isFalse();
		assertThat(updated.get("gift").get("amount").asLong()).isEqualTo(100);
		assertThat(this.client.get("/v1/async-actions/aa_000000000000000000").status()).isEqualTo(404);
	}

	@Test
	void readsQuotedFieldsWithEscapedQuotesAndLineBreaks() {
		String csv = "Code,Voucher Type,Value,Additional Info,Note\r\n"
				+ "Q-1,GIFT_VOUCHER,100,\"say \"\"hi\"\", then\r\nleave\",\"a\nb\"\r\n"
				+ "\"Q-2\",\"GIFT_VOUCHER\",\"200\",\"\",\"\"\r\n"
				+ "Q-3,GIFT_VOUCHER,300,last,row";
		JsonNode result = this.client.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result.get("done_count").asInt()).isEqualTo(3);
		JsonNode first = this.emulator.voucher("Q-1").orElseThrow();
		assertThat(first.get("additional_info").asString()).isEqualTo("say \"hi\", then\r\nleave");
		assertThat(first.get("metadata").get("Note").asString()).isEqualTo("a\nb");
		JsonNode second = this.emulator.voucher("Q-2").orElseThrow();
		assertThat(second.get("gift").get("balance").asLong()).isEqualTo(200);
		assertThat(second.get("additional_info").isNull()).isTrue();
		assertThat(second.path("metadata").has("Note")).isFalse();
		assertThat(this.emulator.voucher("Q-3").orElseThrow().get("metadata").get("Note").asString()).isEqualTo("row");
	}

	@Test
	void skipsAByteOrderMarkAndReadsUtf8() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] rows = "Code,Voucher Type,Value,Category,Café\nGRÜN-€,GIFT_VOUCHER,100,Geschenk für dich,Straße\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + rows.length];
		System.arraycopy(bom, 0, file, 0, bom.length);
		System.arraycopy(rows, 0, file, bom.length, rows.length);
		JsonNode result = this.client.importCsv(file);
		assertThat(result.get("done_count").asInt()).isEqualTo(1);
		assertThat(result.get("failed_count").asInt()).isZero();
		JsonNode voucher = this.emulator.voucher("GRÜN-€").orElseThrow();
		assertThat(voucher.get("category").asString()).isEqualTo("Geschenk für dich");
		assertThat(voucher.get("metadata").get("Café").asString()).isEqualTo("Straße");
	}

	@Test
	void rowNumbersCountTheHeaderBlankLinesAndRecordsNotPhysicalLines() {
		String csv = "Code,Voucher Type,Value,Additional Info\n" // row 1
				+ "OK-1,GIFT_VOUCHER,100,\"two\nlines\"\n" // row 2, two physical lines
				+ "\n" // row 3, blank and skipped
				+ "BAD-1,GIFT_VOUCHER,x,\n" // row 4
				+ "\r\n" // row 5, blank and skipped
				+ "BAD-2,NOT_A_TYPE,1,\n"; // row 6
		JsonNode result = this.client.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result.get("done_count").asInt()).isEqualTo(1);
		assertThat(result.get("failed").findValuesAsString("code")).containsExactly("BAD-1", "BAD-2");
		assertThat(result.get("failed").findValues("row")).extracting(JsonNode::asInt).containsExactly(4, 6);
		assertThat(result.get("failed").get(0).get("reason").asString()).isEqualTo("Value must be an integer");
	}

	@Test
	void stopsAtMalformedQuotingAndSaysWhereInsteadOfGuessing() {
		String csv = "Code,Voucher Type,Value,Category\n" + "OK-1,GIFT_VOUCHER,100,\"fine\"\n"
				+ "BAD-1,GIFT_VOUCHER,100,\"closed\"early\n" + "NEVER-1,GIFT_VOUCHER,100,\n";
		JsonNode result = this.client.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result.get("done_count").asInt()).isEqualTo(1);
		assertThat(result.get("failed_count").asInt()).isEqualTo(1);
		assertThat(result.get("failed").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(result.get("failed").get(0).get("reason").asString()).startsWith("Not valid CSV: ")
			.endsWith("the rest of the file was not imported");
		assertThat(this.emulator.voucher("NEVER-1")).isEmpty();
	}

	@Test
	void anEmptyFileImportsNothing() {
		JsonNode result = this.client.importCsv(new byte[0]);
		assertThat(result.get("done_count").asInt()).isZero();
		assertThat(result.get("failed_count").asInt()).isZero();
	}

	@Test
	void requiresAMultipartFilePart() {
		TestClient.Response json = this.client.post("/v1/vouchers/importCSV", "{\"file\":\"x\"}");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.json().get("key").asString()).isEqualTo("invalid_payload");
		assertThat(json.json().get("details").asString()).isEqualTo("Payload should have required property 'file'");
		TestClient.Response wrongPart = this.client.uploadCsv("other", "a,b\n".getBytes(StandardCharsets.UTF_8));
		assertThat(wrongPart.status()).isEqualTo(400);
		assertThat(wrongPart.json().get("details").asString()).isEqualTo("Payload should have required property 'file'");
	}

	@Test
	void rejectsFilesOverTenMegabytesWithTheGatewayShape() {
		byte[] big = new byte[10_485_760 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		TestClient.Response tooLarge = this.client.uploadCsv("file", big);
		assertThat(tooLarge.status()).isEqualTo(413);
		JsonNode body = tooLarge.json();
		assertThat(body.get("statusCode").asInt()).isEqualTo(413);
		assertThat(body.get("error").asString()).isEqualTo("Request Entity Too Large");
		assertThat(body.get("message").asString())
			.isEqualTo("Payload content length greater than maximum allowed: 10485760");
	}

	@Test
	void streamsALargeFileAndStopsAtTheCodeLimit() {
		StringBuilder csv = new StringBuilder("Code,Voucher Type,Value\n");
		for (int i = 0; i < CsvVoucherImporter.MAX_CODES + 2; i++) {
			csv.append("C").append(i).append(",GIFT_VOUCHER,100\n");
		}
		TestClient.Response accepted = this.client.uploadCsv("file", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).isEqualTo(202);
		JsonNode result = this.client.get("/v1/async-actions/" + accepted.json().get("async_action_id").asString())
			.json()
			.get("result");
		assertThat(result.get("done_count").asInt()).isEqualTo(CsvVoucherImporter.MAX_CODES);
		assertThat(result.get("failed").get(0).get("reason").asString()).contains("limit");
		assertThat(this.emulator.voucherCount()).isEqualTo(CsvVoucherImporter.MAX_CODES);
	}

}
