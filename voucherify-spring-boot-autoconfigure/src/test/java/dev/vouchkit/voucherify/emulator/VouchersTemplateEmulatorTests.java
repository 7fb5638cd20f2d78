package dev.vouchkit.voucherify.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ByteArrayResource;

import dev.vouchkit.voucherify.BlockingVouchersOperations;
import dev.vouchkit.voucherify.VoucherifyBadRequestException;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyResponse;
import dev.vouchkit.voucherify.VoucherifyTransportException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.ExportField;
import dev.vouchkit.voucherify.model.ExportOrder;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionType;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.model.VoucherTransaction;
import dev.vouchkit.voucherify.model.VoucherType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client end to end against the emulator: every operation, and both paging streams
 * over thousands of vouchers and transactions.
 */
class VouchersTemplateEmulatorTests {

	private VoucherifyEmulator emulator;

	private VouchersTemplate template;

	private BlockingVouchersOperations vouchers;

	@BeforeEach
	void start() {
		this.emulator = VoucherifyEmulator.builder().port(0)
			// Distinct creation times, as vouchers created over time have.
			.clock(new TickingClock(Instant.parse("2025-01-01T00:00:00Z")))
			.start();
		this.template = VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.blockingTimeout(Duration.ofSeconds(30))
			.build();
		this.vouchers = this.template.blocking();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void everyReplyCarriesTheRateLimitHeaders() {
		// a fixed clock, so the calls never straddle two one-minute windows
		VoucherifyEmulator quota = VoucherifyEmulator.builder()
			.port(0)
			.rateLimitPerMinute(50)
			.clock(Clock.fixed(Instant.parse("2025-01-01T00:00:10Z"), ZoneOffset.UTC))
			.start();
		try (quota) {
			quota.addGiftCard("GIFT-RL", 5000);
			VouchersTemplate client = VouchersTemplate.builder()
				.baseUrl(quota.baseUrl())
				.appId(quota.appId())
				.appToken(quota.appToken())
				.build();
			VoucherifyResponse<Voucher> first = client.withResponse().getVoucher("GIFT-RL").block(Duration.ofSeconds(30));
			VoucherifyResponse<Void> second = client.withResponse()
				.releaseValidationSession("GIFT-RL", "ssn_none")
				.onErrorResume(VoucherifyNotFoundException.class, (ex) -> {
					assertThat(ex.getError().rateLimit().limit()).isEqualTo(50L);
					return client.withResponse().deleteVoucher("GIFT-RL", true);
				})
				.block(Duration.ofSeconds(30));
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.body().gift().balance()).isEqualTo(5000L);
			assertThat(first.rateLimit().limit()).isEqualTo(50L);
			assertThat(second.status()).isEqualTo(204);
			// the not-found release in between counted too
			assertThat(second.rateLimit().remaining()).isEqualTo(first.rateLimit().remaining() - 2);
			assertThat(second.rateLimit().retryAt()).isEqualTo(Instant.parse("2025-01-01T00:01:00Z"));
		}
	}

	@Test
	void getByCodeAndById() {
		VoucherifyEmulator.SeededVoucher card = this.emulator.addGiftCard("GIFT/50 %+", 5000);
		Voucher byCode = this.vouchers.getVoucher("GIFT/50 %+");
		Voucher byId = this.vouchers.getVoucher(card.id());
		assertThat(byCode.id()).isEqualTo(card.id()).startsWith("v_");
		assertThat(byCode.type()).isEqualTo(VoucherType.GIFT_VOUCHER);
		assertThat(byCode.gift().balance()).isEqualTo(5000L);
		assertThat(byId.code()).isEqualTo("GIFT/50 %+");
	}

	@Test
	void unknownVoucherIsNotFound() {
		assertThatThrownBy(() -> this.vouchers.getVoucher("NOPE")).isInstanceOfSatisfying(VoucherifyNotFoundException.class,
				(ex) -> {
					assertThat(ex.getResourceId()).isEqualTo("NOPE");
					assertThat(ex.getResourceType()).isEqualTo("voucher");
					assertThat(ex.getRequestId()).startsWith("v-");
				});
	}

	@Test
	void enableAndDisable() {
		this.emulator.addGiftCard("TOGGLE", 100);
		assertThat(this.vouchers.disableVoucher("TOGGLE").active()).isFalse();
		assertThat(this.emulator.voucher("TOGGLE").orElseThrow().get("active").asBoolean()).isFalse();
		assertThat(this.vouchers.enableVoucher("TOGGLE").active()).isTrue();
	}

	@Test
	void balanceMovesAndRecordsTransactions() {
		this.emulator.addGiftCard("WALLET", 10000);
		BalanceUpdateResponse added = this.vouchers.updateVoucherBalance("WALLET",
				BalanceUpdateRequest.of(2500).withSourceId("topup-1").withReason("birthday"));
		BalanceUpdateResponse removed = this.vouchers.updateVoucherBalance("WALLET", BalanceUpdateRequest.of(-500));
		assertThat(added.balance()).isEqualTo(12500L);
		assertThat(removed.balance()).isEqualTo(12000L);
		assertThat(this.vouchers.getVoucher("WALLET").gift().balance()).isEqualTo(12000L);
		List<VoucherTransaction> transactions = this.vouchers.listVoucherTransactions("WALLET",
				ListTransactionsQuery.defaults()).data();
		assertThat(transactions).extracting(VoucherTransaction::type)
			.containsExactly(TransactionType.CREDITS_REMOVAL, TransactionType.CREDITS_ADDITION);
		assertThat(transactions.get(1).sourceId()).isEqualTo("topup-1");
		assertThat(transactions.get(0).details().balance().balance()).isEqualTo(12000L);
		assertThatThrownBy(() -> this.vouchers.updateVoucherBalance("WALLET", BalanceUpdateRequest.of(-999_999)))
			.isInstanceOf(VoucherifyBadRequestException.class);
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(3);
	}

	@Test
	void listFiltersAndCounts() {
		this.emulator.addGiftCard("G-1", 100);
		this.emulator.addGiftCard("G-2", 100);
		this.emulator.addAmountDiscount("D-1", 500);
		VoucherList page = this.vouchers.listVouchers(ListVouchersQuery.builder().limit(2).build());
		assertThat(page.total()).isEqualTo(3L);
		assertThat(page.vouchers()).extracting(Voucher::code).containsExactly("D-1", "G-2");
		VoucherList byCode = this.vouchers.listVouchers(ListVouchersQuery.builder().code("G-1").build());
		assertThat(byCode.vouchers()).extracting(Voucher::code).containsExactly("G-1");
	}

	@Test
	void deleteIntoTheBinThenForGood() {
		this.emulator.addGiftCard("OLD", 100);
		this.vouchers.deleteVoucher("OLD", false);
		assertThat(this.emulator.isInBin("OLD")).isTrue();
		assertThatThrownBy(() -> this.vouchers.getVoucher("OLD")).isInstanceOf(VoucherifyNotFoundException.class);
		this.emulator.addGiftCard("GONE", 100);
		this.vouchers.deleteVoucher("GONE", true);
		assertThat(this.emulator.isInBin("GONE")).isFalse();
		assertThat(this.emulator.voucher("GONE")).isEmpty();
	}

	@Test
	void exportSchedulesTheVouchersTransactions() {
		this.emulator.addGiftCard("EXPORTED", 100);
		TransactionsExport export = this.vouchers.exportVoucherTransactions("EXPORTED",
				ExportTransactionsRequest.of(ExportOrder.CREATED_AT_DESC, ExportField.ID, ExportField.AMOUNT));
		assertThat(export.id()).startsWith("exp_");
		assertThat(export.status().value()).isEqualTo("SCHEDULED");
		assertThat(export.parameters().filters().voucherIdValues()).containsExactly("EXPORTED");
	}

	@Test
	void csvImportIsAcceptedAndApplied() {
		byte[] csv = "Code,Voucher Type,Value,Category\nCSV-1,GIFT_VOUCHER,10000,imported\n"
			.getBytes(StandardCharsets.UTF_8);
		String asyncActionId = this.vouchers.importVouchersUsingCsv(new ByteArrayResource(csv) {
			@Override
			public String getFilename() {
				return "import.csv";
			}
		}).asyncActionId();
		assertThat(asyncActionId).startsWith("aa_");
		JsonNode imported = this.emulator.voucher("CSV-1").orElseThrow();
		assertThat(imported.get("type").asString()).isEqualTo("GIFT_VOUCHER");
	}

	@Test
	void releaseValidationSession() {
		this.emulator.addGiftCard("LOCKED", 100);
		String session = this.emulator.openSession("LOCKED", "ssn_#1 & more");
		this.vouchers.releaseValidationSession("LOCKED", session);
		assertThat(this.emulator.openSessions("LOCKED")).isEmpty();
		assertThatThrownBy(() -> this.vouchers.releaseValidationSession("LOCKED", session))
			.isInstanceOfSatisfying(VoucherifyNotFoundException.class,
					(ex) -> assertThat(ex.getResourceType()).isEqualTo("session"));
	}

	@Test
	void balanceUpdateIsNeverSentTwiceWhenItsOutcomeIsUnknown() {
		VouchersTemplate retrying = VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.decorator(VoucherifyResilienceDecorator.builder()
				.maxAttempts(3)
				.backoff(Duration.ofMillis(1), 1, Duration.ofMillis(1), 0)
				.build())
			// Without reconciliation the unknown outcome reaches the caller.
			.balanceReconciliation(false)
			.build();
		this.emulator.addGiftCard("AMBIGUOUS", 1000);
		// Applied, then the connection is reset before any reply: the ambiguous case.
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.resetAfterApply());
		assertThatThrownBy(() -> retrying.blocking().updateVoucherBalance("AMBIGUOUS", BalanceUpdateRequest.of(500)))
			.isInstanceOfSatisfying(VoucherifyTransportException.class,
					(ex) -> assertThat(ex.isRequestMayHaveReachedServer()).isTrue())
			.hasMessageContaining("outcome is unknown");
		assertThat(this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(1);
		assertThat(this.emulator.voucher("AMBIGUOUS").orElseThrow().get("gift").get("balance").asLong()).isEqualTo(1500);
		// A read is safe to send again: the same fault on a get is retried and succeeds.
		this.emulator.faults().enqueue(Operation.GET_VOUCHER, Fault.resetAfterApply());
		assertThat(retrying.blocking().getVoucher("AMBIGUOUS").gift().balance()).isEqualTo(1500L);
		assertThat(this.emulator.journal().count(Operation.GET_VOUCHER)).isEqualTo(2);
	}

	@Test
	void streamsThousandsOfVouchersPastPage99() {
		int count = 2_500;
		IntStream.range(0, count).forEach((i) -> this.emulator.addGiftCard(String.format("BULK-%05d", i), 100));
		List<String> codes = this.template.streamVouchers(ListVouchersQuery.builder().limit(10).build())
			.map(Voucher::code)
			.collectList()
			.block(Duration.ofSeconds(120));
		assertThat(codes).hasSize(count).doesNotHaveDuplicates();
		// Newest first: the last one seeded comes first.
		assertThat(codes.get(0)).isEqualTo(String.format("BULK-%05d", count - 1));
		assertThat(codes.get(count - 1)).isEqualTo("BULK-00000");
	}

	@Test
	void streamsThousandsOfTransactionsByCursor() {
		int count = 2_000;
		this.emulator.addGiftCard("BUSY", 0);
		Flux.range(1, count)
			.flatMap((i) -> this.template.updateVoucherBalance("BUSY", BalanceUpdateRequest.of(1)), 16)
			.blockLast(Duration.ofSeconds(120));
		List<VoucherTransaction> transactions = this.template
			.streamVoucherTransactions("BUSY", ListTransactionsQuery.builder().limit(100).build())
			.collectList()
			.block(Duration.ofSeconds(60));
		assertThat(transactions).hasSize(count);
		assertThat(transactions).extracting(VoucherTransaction::id).doesNotHaveDuplicates();
		assertThat(transactions.get(0).details().balance().balance()).isEqualTo((long) count);
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHER_TRANSACTIONS)).isEqualTo(count / 100);
	}

}
