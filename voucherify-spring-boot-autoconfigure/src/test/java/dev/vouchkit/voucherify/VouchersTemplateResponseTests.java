package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;

import dev.vouchkit.voucherify.model.AsyncAction;
import dev.vouchkit.voucherify.model.AsyncActionStatus;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.CsvImportResponse;
import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link VouchersOperations#withResponse()}: the body plus the status, headers and
 * rate-limit values of successful calls, read by the same code that reads them from error
 * replies.
 */
class VouchersTemplateResponseTests extends MockServerSupport {

	private static final String GIFT_CARD = """
			{"id":"v_abc","code":"GIFT-1","type":"GIFT_VOUCHER","gift":{"amount":10000,"balance":7500}}""";

	@Test
	void aSuccessfulReplyCarriesItsStatusHeadersAndRateLimit() {
		this.server.enqueue(reply(200).body(GIFT_CARD)
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Limit", "100")
			.setHeader("X-Rate-Limit-Remaining", "97")
			.setHeader("X-Rate-Limit-Retry", "1700000060")
			.setHeader("X-Gateway-Trace", "gw-42")
			.build());
		VoucherifyResponse<Voucher> response = this.template.withResponse()
			.getVoucher("GIFT-1")
			.block(Duration.ofSeconds(30));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().gift().balance()).isEqualTo(7500L);
		assertThat(response.rateLimit()).isEqualTo(
				new VoucherifyErrorResponse.RateLimit(100L, 97L, Instant.ofEpochSecond(1_700_000_060L), null, null));
		assertThat(response.headers().getFirst("X-Gateway-Trace")).isEqualTo("gw-42");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> response.headers().set("X-Gateway-Trace", "changed"));
	}

	@Test
	void aReplyWithoutABodyStillCarriesItsStatusAndHeaders() {
		this.server.enqueue(reply(204).setHeader("X-Rate-Limit-Remaining", "12").build());
		this.server.enqueue(reply(204).setHeader("X-Rate-Limit-Remaining", "11").build());
		StepVerifier.create(this.template.withResponse().deleteVoucher("GIFT-1", true))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(204);
				assertThat(response.body()).isNull();
				assertThat(response.rateLimit().remaining()).isEqualTo(12L);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		StepVerifier.create(this.template.withResponse().releaseValidationSession("GIFT-1", "ssn_1"))
			.assertNext((response) -> assertThat(response.rateLimit().remaining()).isEqualTo(11L))
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void stateChangingCallsReplyWithTheirResponseToo() throws InterruptedException {
		this.server.enqueue(reply(200).body("{\"amount\":-2500,\"balance\":5000}")
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "5")
			.build());
		this.server.enqueue(reply(202).body("{\"async_action_id\":\"aa_1\"}")
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "4")
			.build());
		VoucherifyResponse<BalanceUpdateResponse> balance = this.template.withResponse()
			.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.of(-2500))
			.block(Duration.ofSeconds(30));
		VoucherifyResponse<CsvImportResponse> csvImport = this.template.withResponse()
			.importVouchersUsingCsv(CsvImport.of(new ByteArrayResource("Code\nA-1\n".getBytes()) {
				@Override
				public String getFilename() {
					return "vouchers.csv";
				}
			}))
			.block(Duration.ofSeconds(30));
		assertThat(balance.body().balance()).isEqualTo(5000L);
		assertThat(balance.rateLimit().remaining()).isEqualTo(5L);
		assertThat(csvImport.status()).isEqualTo(202);
		assertThat(csvImport.body().asyncActionId()).isEqualTo("aa_1");
		assertThat(csvImport.rateLimit().remaining()).isEqualTo(4L);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/vouchers/GIFT-1/balance");
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/vouchers/importCSV");
	}

	@Test
	void pollingAnImportOrAnExportRepliesWithItsResponseToo() throws InterruptedException {
		this.server.enqueue(reply(200).body("{\"id\":\"aa_1\",\"type\":\"IMPORT_VOUCHERS\",\"status\":\"IN_PROGRESS\"}")
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "3")
			.build());
		this.server.enqueue(reply(200).body("{\"id\":\"exp_1\",\"object\":\"export\",\"status\":\"SCHEDULED\"}")
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "2")
			.build());
		VoucherifyResponse<AsyncAction> importJob = this.template.withResponse()
			.getAsyncAction("aa_1")
			.block(Duration.ofSeconds(30));
		VoucherifyResponse<TransactionsExport> exportJob = this.template.withResponse()
			.getExport("exp_1")
			.block(Duration.ofSeconds(30));
		assertThat(importJob.status()).isEqualTo(200);
		assertThat(importJob.body().status()).isEqualTo(AsyncActionStatus.IN_PROGRESS);
		assertThat(importJob.rateLimit().remaining()).isEqualTo(3L);
		assertThat(exportJob.body().status()).isEqualTo(ExportStatus.SCHEDULED);
		assertThat(exportJob.rateLimit().remaining()).isEqualTo(2L);
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/async-actions/aa_1");
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/exports/exp_1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.withResponse().getExport(" "))
			.withMessageContaining("exportId");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void absentOrMalformedHeadersAreNull() {
		this.server.enqueue(reply(200).body(GIFT_CARD)
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Limit", "lots")
			.build());
		VoucherifyResponse<Voucher> response = this.template.withResponse()
			.getVoucher("GIFT-1")
			.block(Duration.ofSeconds(30));
		assertThat(response.rateLimit()).isEqualTo(VoucherifyErrorResponse.RateLimit.NONE);
	}

	@Test
	void failuresAreTheSameExceptionsWithTheErrorReplysRateLimit() {
		this.server.enqueue(reply(404)
			.body("{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\",\"request_id\":\"v-0a96cd820301c0483a\"}")
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Rate-Limit-Remaining", "41")
			.build());
		StepVerifier.create(this.template.withResponse().getVoucher("NOPE"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(VoucherifyNotFoundException.class);
				VoucherifyNotFoundException notFound = (VoucherifyNotFoundException) ex;
				assertThat(notFound.getRequestId()).isEqualTo("v-0a96cd820301c0483a");
				assertThat(notFound.getError().rateLimit().remaining()).isEqualTo(41L);
			})
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void argumentsAreCheckedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.withResponse().getVoucher(" "))
			.withMessage("code must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.withResponse().updateVoucherBalance("GIFT-1", null))
			.withMessage("request must not be null");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void eachSubscriptionSendsTheRequestAgain() {
		this.server.enqueue(reply(200).body(GIFT_CARD).setHeader("Content-Type", "application/json").build());
		this.server.enqueue(reply(200).body(GIFT_CARD).setHeader("Content-Type", "application/json").build());
		var call = this.template.withResponse().getVoucher("GIFT-1");
		assertThat(this.server.getRequestCount()).isZero();
		call.block(Duration.ofSeconds(30));
		call.block(Duration.ofSeconds(30));
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	private static MockResponse.Builder reply(int status) {
		return new MockResponse.Builder().code(status);
	}

}
