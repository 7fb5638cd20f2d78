package dev.vouchkit.sample;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.vouchkit.voucherify.emulator.Fault;
import dev.vouchkit.voucherify.emulator.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of {@code /api/vouchers} end to end: desk, starter, HTTP, emulator.
 */
class VoucherApiTests extends OnDemoVouchers {

	@Test
	void listsVouchersPageByPage() {
		this.client.get().uri("/api/vouchers?limit=5&page=1").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(14)
			.jsonPath("$.has_more").isEqualTo(true)
			.jsonPath("$.vouchers.length()").isEqualTo(5);
		this.client.get().uri("/api/vouchers?limit=5&page=3").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.has_more").isEqualTo(false)
			.jsonPath("$.vouchers.length()").isEqualTo(4);
	}

	@Test
	void filtersByCategoryAndOrdersByCode() {
		this.client.get().uri("/api/vouchers?category=gift-cards&order=code&limit=100").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(6)
			.jsonPath("$.vouchers[*].type").value((types) -> assertThat(types.toString()).doesNotContain("DISCOUNT"))
			.jsonPath("$.vouchers[0].code").isEqualTo("GIFT-BIRTHDAY-100");
	}

	@Test
	void rejectsBadListParametersBeforeCallingVoucherify() {
		expectInvalidParameter("/api/vouchers?limit=500", "limit");
		expectInvalidParameter("/api/vouchers?page=0", "page");
		expectInvalidParameter("/api/vouchers?limit=ten", "limit");
		expectInvalidParameter("/api/vouchers?order=cheapest", "order");
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHERS)).isZero();
	}

	@Test
	void getsOneVoucher() {
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.code").isEqualTo("GIFT-WELCOME-50")
			.jsonPath("$.type").isEqualTo("GIFT_VOUCHER")
			.jsonPath("$.gift.balance").isEqualTo(5000);
	}

	@Test
	void unknownVoucherIsA404Problem() {
		this.client.get().uri("/api/vouchers/NO-SUCH-CARD").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(404)
			.jsonPath("$.title").isEqualTo("Not found")
			.jsonPath("$.detail").isEqualTo("Voucherify has no voucher NO-SUCH-CARD")
			.jsonPath("$.operation").isEqualTo("vouchers.get")
			.jsonPath("$.instance").isEqualTo("/api/vouchers/NO-SUCH-CARD");
	}

	@Test
	void topsUpAndDeductsAGiftCard() {
		changeBalance("top-up", Map.of("amount", 2500, "reason", "birthday")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.amount").isEqualTo(2500)
			.jsonPath("$.balance").isEqualTo(7500);
		changeBalance("deduct", Map.of("amount", 1000)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.amount").isEqualTo(-1000)
			.jsonPath("$.balance").isEqualTo(6500);
		assertThat(this.emulator.voucher("GIFT-WELCOME-50").orElseThrow().at("/gift/balance").asLong())
			.isEqualTo(6500);
	}

	@Test
	void overDeductionIsA400ProblemInTheUsersUnitsAndChangesNothing() {
		changeBalance("deduct", Map.of("amount", 9999900)).expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Balance too low")
			.jsonPath("$.detail").isEqualTo("Cannot deduct €99,999.00 from GIFT-WELCOME-50: its balance is €50.00")
			.jsonPath("$.amount").isEqualTo(9999900)
			.jsonPath("$.balance").isEqualTo(5000)
			.jsonPath("$.voucherify_key").isEqualTo("invalid_add_balance_params")
			.jsonPath("$.operation").isEqualTo("vouchers.balance.update");
		assertThat(this.emulator.transactions("GIFT-WELCOME-50")).isEmpty();
		changeBalance("LOYAL-BOB", "deduct", Map.of("amount", 500)).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.detail").isEqualTo("Cannot deduct 500 points from LOYAL-BOB: its balance is 80 points");
		// a rejection for another reason keeps Voucherify's own words
		changeBalance("TENOFF", "deduct", Map.of("amount", 500)).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Rejected by Voucherify");
	}

	@Test
	void theDeskSaysWhichCurrencyItsAmountsAreIn() {
		this.client.get().uri("/api/desk").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.currency").isEqualTo("EUR")
			.jsonPath("$.fraction_digits").isEqualTo(2);
	}

	@Test
	void nonPositiveOrMissingAmountIsA400NamingAmountAndIsNeverSent() {
		changeBalance("top-up", Map.of("amount", 0)).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("amount");
		changeBalance("deduct", Map.of("reason", "no amount")).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("amount");
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isZero();
	}

	@Test
	void disablesAndEnablesAVoucher() {
		this.client.post().uri("/api/vouchers/SPRING-10/disable").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.active").isEqualTo(false);
		this.client.post().uri("/api/vouchers/SPRING-10/enable").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.active").isEqualTo(true);
	}

	@Test
	void listsACardsTransactionsNewestFirst() {
		changeBalance("top-up", Map.of("amount", 100, "reason", "first")).expectStatus().isOk();
		changeBalance("top-up", Map.of("amount", 200, "reason", "second")).expectStatus().isOk();
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50/transactions?limit=1").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data.length()").isEqualTo(1)
			.jsonPath("$.data[0].reason").isEqualTo("second")
			.jsonPath("$.data[0].type").isEqualTo("CREDITS_ADDITION")
			.jsonPath("$.has_more").isEqualTo(true);
	}

	@Test
	void schedulesAnExportOfACardsTransactions() {
		this.client.post().uri("/api/vouchers/GIFT-WELCOME-50/transactions/export").exchange()
			.expectStatus().isAccepted()
			.expectBody()
			.jsonPath("$.id").value((id) -> assertThat(id.toString()).startsWith("exp_"))
			.jsonPath("$.status").isEqualTo("SCHEDULED")
			.jsonPath("$.exported_object").isEqualTo("voucher_transactions");
	}

	@Test
	void releasesAValidationSessionOnce() {
		this.client.delete().uri("/api/vouchers/TENOFF/sessions/ssn_checkout_1").exchange()
			.expectStatus().isNoContent();
		assertThat(this.emulator.openSessions("TENOFF")).isEmpty();
		this.client.delete().uri("/api/vouchers/TENOFF/sessions/ssn_checkout_1").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("Voucherify has no session ssn_checkout_1");
	}

	@Test
	void upstreamServerErrorIsA502Problem() {
		this.emulator.faults().enqueue(Operation.GET_VOUCHER, Fault.status(500));
		this.client.get().uri("/api/vouchers/GIFT-WELCOME-50").exchange()
			.expectStatus().isEqualTo(502)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Voucherify call failed")
			.jsonPath("$.operation").isEqualTo("vouchers.get");
	}

	private void expectInvalidParameter(String uri, String parameter) {
		this.client.get().uri(uri).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.parameter").isEqualTo(parameter);
	}

}
