package dev.vouchkit.sample;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import dev.vouchkit.voucherify.emulator.Fault;
import dev.vouchkit.voucherify.emulator.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Top-ups and deductions whose reply from Voucherify is lost: a 2xx that says the change
 * was confirmed from the card's history, or a problem with the change's {@code source_id}
 * and outcome.
 */
@TestPropertySource(properties = "voucherify.reconciliation.settle-delay=200ms")
class BalanceReconciliationApiTests extends OnDemoVouchers {

	@Test
	void aLostReplyOfAnAppliedTopUpIsA200MarkedAsReconciled() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(502));
		changeBalance("top-up", Map.of("amount", 2500, "source_id", "till-7-0001")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.amount").isEqualTo(2500)
			.jsonPath("$.balance").isEqualTo(7500)
			.jsonPath("$.source_id").isEqualTo("till-7-0001")
			.jsonPath("$.reconciliation.outcome").isEqualTo("APPLIED")
			.jsonPath("$.reconciliation.transaction_ids.length()").isEqualTo(1);
		assertThat(balance()).isEqualTo(7500);
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(1);
	}

	@Test
	void aDeductionFoundNotAppliedIsA409WithItsSourceIdAndSendingItAgainAppliesItOnce() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.notApplied().thenReset());
		AtomicReference<String> problemSourceId = new AtomicReference<>();
		changeBalance("deduct", Map.of("amount", 1000)).expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Balance change not applied")
			.jsonPath("$.outcome").isEqualTo("NOT_APPLIED")
			.jsonPath("$.operation").isEqualTo("vouchers.balance.update")
			.jsonPath("$.source_id").value((value) -> problemSourceId.set(value.toString()));
		String sourceId = problemSourceId.get();
		assertThat(sourceId).startsWith("vouchkit-");
		assertThat(balance()).isEqualTo(5000);

		changeBalance("deduct", Map.of("amount", 1000, "source_id", sourceId)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.balance").isEqualTo(4000)
			.jsonPath("$.source_id").isEqualTo(sourceId)
			.jsonPath("$.reconciliation").doesNotExist();
		assertThat(balance()).isEqualTo(4000);
		assertThat(this.emulator.transactions("GIFT-WELCOME-50")).extracting((tx) -> tx.get("source_id").asString())
			.containsExactly(sourceId);
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(2);
	}

	@Test
	void aLostReplyThatCannotBeSettledIsA502WithItsSourceIdAndAnUnknownOutcome() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(504));
		this.emulator.faults().enqueue(Operation.LIST_VOUCHER_TRANSACTIONS, Fault.status(401));
		changeBalance("top-up", Map.of("amount", 2500, "source_id", "till-7-0002")).expectStatus().isEqualTo(502)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title").isEqualTo("Voucherify call failed")
			.jsonPath("$.source_id").isEqualTo("till-7-0002")
			.jsonPath("$.outcome").isEqualTo("UNKNOWN");
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(1);
	}

	@Test
	void aRejectedChangeStillNamesItsSourceId() {
		changeBalance("deduct", Map.of("amount", 9000, "source_id", "till-7-0003")).expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.source_id").isEqualTo("till-7-0003")
			.jsonPath("$.outcome").doesNotExist();
	}

	private long balance() {
		return this.emulator.voucher("GIFT-WELCOME-50").orElseThrow().at("/gift/balance").asLong();
	}

}
