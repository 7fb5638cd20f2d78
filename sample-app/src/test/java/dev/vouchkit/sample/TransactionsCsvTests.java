package dev.vouchkit.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.emulator.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's transactions as a CSV file: exported, awaited and streamed through the starter.
 */
class TransactionsCsvTests extends OnDemoVouchers {

	@Autowired
	private VouchersOperations vouchers;

	@Test
	void streamsOneRowPerTransaction() {
		this.emulator.addGiftCard("CSV-CARD", 0);
		IntStream.rangeClosed(1, 250).forEach((i) -> this.emulator.updateBalance("CSV-CARD", i, "top-up, " + i));

		byte[] file = this.client.get().uri("/api/vouchers/CSV-CARD/transactions/export.csv").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
			.expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"CSV-CARD-transactions.csv\".*")
			.expectBody().returnResult().getResponseBody();

		String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("id,type,amount,balance,reason,created_at");
		assertThat(lines).hasSize(251);
		assertThat(lines[1]).matches("vtx_\\w+,CREDITS_ADDITION,1,1,\"top-up, 1\",\\S+");
		assertThat(lines[250]).contains(",250," + (250 * 251 / 2) + ",\"top-up, 250\",");
		assertThat(this.emulator.journal().count(Operation.EXPORT_VOUCHER_TRANSACTIONS)).isEqualTo(1);
		assertThat(this.emulator.journal().count(Operation.DOWNLOAD_EXPORT)).isEqualTo(1);
	}

	@Test
	void theDownloadTokenShowsInNoActuatorOutput() {
		this.emulator.addGiftCard("CSV-CARD", 0);
		this.emulator.updateBalance("CSV-CARD", 100, "top-up");
		this.client.get().uri("/api/vouchers/CSV-CARD/transactions/export.csv").exchange().expectStatus().isOk();
		String path = this.emulator.journal().entries(Operation.GET_EXPORT).get(0).rawPathAndQuery();
		String url = this.vouchers.getExport(path.substring(path.lastIndexOf('/') + 1))
			.block(Duration.ofSeconds(30))
			.result()
			.url();
		String token = url.substring(url.indexOf("token=") + "token=".length());
		assertThat(token).hasSizeGreaterThan(8);

		for (String endpoint : List.of("/actuator/metrics/voucherify.client.operation", "/actuator/prometheus",
				"/actuator/health", "/actuator/metrics")) {
			String body = this.client.get().uri(endpoint).exchange()
				.expectStatus().isOk()
				.expectBody(String.class).returnResult().getResponseBody();
			assertThat(body).as(endpoint).doesNotContain(token);
		}
		String operations = this.client.get()
			.uri("/actuator/metrics/voucherify.client.operation?tag=voucherify.operation:exports.download")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(operations).contains("\"COUNT\"");
	}

	@Test
	void aCardWithoutTransactionsGivesTheHeaderOnly() {
		this.emulator.addGiftCard("QUIET-CARD", 100);
		this.client.get().uri("/api/vouchers/QUIET-CARD/transactions/export.csv").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).isEqualTo("id,type,amount,balance,reason,created_at\r\n");
	}

	@Test
	void anUnknownCardIsA404Problem() {
		this.client.get().uri("/api/vouchers/NOPE/transactions/export.csv").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("Voucherify has no voucher NOPE");
	}

	@Test
	void anExportThatFailsIsA502Problem() {
		this.emulator.failNextExport();
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50/transactions/export.csv").exchange()
			.expectStatus().isEqualTo(502)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.operation").isEqualTo("exports.await");
	}

}
