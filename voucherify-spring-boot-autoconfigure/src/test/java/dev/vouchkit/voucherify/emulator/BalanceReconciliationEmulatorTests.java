package dev.vouchkit.voucherify.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import dev.vouchkit.voucherify.VoucherifyAuthenticationException;
import dev.vouchkit.voucherify.VoucherifyBadRequestException;
import dev.vouchkit.voucherify.VoucherifyBalanceNotAppliedException;
import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyResponse;
import dev.vouchkit.voucherify.VoucherifyResponseTimeoutException;
import dev.vouchkit.voucherify.VoucherifyServerException;
import dev.vouchkit.voucherify.VoucherifyServiceUnavailableException;
import dev.vouchkit.voucherify.VoucherifyTransportException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.BalanceReconciliation.Outcome;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.observation.VoucherifyObservationContext;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDecorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Balance updates whose reply is lost, end to end on the emulator: every way a reply can be
 * lost after the request was written, crossed with the request being applied, not applied,
 * or applied late; each test counts the balance requests the emulator received and the
 * transactions it holds.
 */
@ExtendWith(OutputCaptureExtension.class)
class BalanceReconciliationEmulatorTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	/** Long enough that only a reply that never comes times out, however loaded the machine is. */
	private static final Duration BALANCE_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	/** For the faults that send no reply at all. */
	private static final Duration SHORT_RESPONSE_TIMEOUT = Duration.ofSeconds(2);

	/** Every way the reply of a request that was written can be lost. */
	enum LostReply {

		RESET(Fault.LostReply.Builder::thenReset, VoucherifyTransportException.class),

		STATUS_500((fault) -> fault.thenStatus(500), VoucherifyServerException.class),

		STATUS_502((fault) -> fault.thenStatus(502), VoucherifyServiceUnavailableException.class),

		STATUS_503((fault) -> fault.thenStatus(503), VoucherifyServiceUnavailableException.class),

		STATUS_504((fault) -> fault.thenStatus(504), VoucherifyServiceUnavailableException.class),

		RESPONSE_TIMEOUT(Fault.LostReply.Builder::thenNoReply, VoucherifyResponseTimeoutException.class);

		private final Function<Fault.LostReply.Builder, Fault> answer;

		private final Class<? extends VoucherifyException> failure;

		LostReply(Function<Fault.LostReply.Builder, Fault> answer, Class<? extends VoucherifyException> failure) {
			this.answer = answer;
			this.failure = failure;
		}

		Fault after(Fault.LostReply.Builder effect) {
			return this.answer.apply(effect);
		}

	}

	private final ShiftableClock emulatorClock = new ShiftableClock();

	private VoucherifyEmulator emulator;

	@BeforeEach
	void start() {
		this.emulator = VoucherifyEmulator.builder().clock(this.emulatorClock).start();
		this.emulator.addGiftCard("CARD", 1000);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void appliedWithItsReplyLostSucceedsFromTheTransaction(LostReply lost) {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.applied()));
		BalanceUpdateResponse reply = template(lost, (builder) -> { }).updateVoucherBalance("CARD", BalanceUpdateRequest.add(250))
			.block(WAIT);
		List<JsonNode> transactions = this.emulator.transactions("CARD");
		assertThat(transactions).hasSize(1);
		assertThat(reply.isReconciled()).isTrue();
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.reconciliation().transactionIds()).containsExactly(transactions.get(0).get("id").asString());
		assertThat(reply.reconciliation().requestsSent()).isEqualTo(1);
		assertThat(reply.amount()).isEqualTo(250L);
		assertThat(reply.balance()).isEqualTo(1250L);
		assertThat(reply.total()).isEqualTo(1250L);
		assertThat(reply.relatedObject().id()).startsWith("v_");
		assertThat(reply.sourceId()).startsWith(BalanceUpdateRequest.GENERATED_SOURCE_ID_PREFIX)
			.isEqualTo(transactions.get(0).get("source_id").asString());
		assertThat(balance()).isEqualTo(1250);
		assertThat(balancePosts()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void readButNotAppliedFailsAsNotAppliedWithTheSourceId(LostReply lost) {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.notApplied()));
		assertThatThrownBy(() -> template(lost, (builder) -> { })
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250).withSourceId("order-42"))
			.block(WAIT)).isInstanceOfSatisfying(VoucherifyBalanceNotAppliedException.class, (ex) -> {
				assertThat(ex.getSourceId()).isEqualTo("order-42");
				assertThat(ex.getReconciliation().outcome()).isEqualTo(Outcome.NOT_APPLIED);
				assertThat(ex.getReconciliation().requestsSent()).isEqualTo(1);
				assertThat(ex.getCause()).isInstanceOf(lost.failure);
				assertThat(ex.isTransient()).isTrue();
				assertThat(ex.getMessage()).contains("source_id=order-42", "NOT_APPLIED", "safe");
			});
		assertThat(balance()).isEqualTo(1000);
		assertThat(balancePosts()).isEqualTo(1);
		assertThat(this.emulator.transactions("CARD")).isEmpty();
		// A first search, and one more after the settle delay.
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHER_TRANSACTIONS)).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void notAppliedIsResentOnceWhenAskedTo(LostReply lost) {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.notApplied()));
		BalanceUpdateResponse reply = template(lost, (builder) -> builder.resendNotAppliedBalanceUpdates(true))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250).withSourceId("order-43"))
			.block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.reconciliation().requestsSent()).isEqualTo(2);
		assertThat(reply.balance()).isEqualTo(1250L);
		assertThat(reply.sourceId()).isEqualTo("order-43");
		assertThat(balance()).isEqualTo(1250);
		assertThat(balancePosts()).isEqualTo(2);
		assertThat(this.emulator.transactions("CARD")).extracting((tx) -> tx.get("source_id").asString())
			.containsExactly("order-43");
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void aResendWhoseReplyIsLostTooIsReconciledAgain(LostReply lost) {
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.notApplied()), lost.after(Fault.applied()));
		BalanceUpdateResponse reply = template(lost, (builder) -> builder.resendNotAppliedBalanceUpdates(true))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250))
			.block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.reconciliation().requestsSent()).isEqualTo(2);
		assertThat(reply.reconciliation().transactionIds()).hasSize(1);
		assertThat(balance()).isEqualTo(1250);
		assertThat(balancePosts()).isEqualTo(2);
		assertThat(this.emulator.transactions("CARD")).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void appliedLateWithinTheSettleDelaySucceeds(LostReply lost) {
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.appliedAfter(Duration.ofMillis(50))));
		BalanceUpdateResponse reply = template(lost, (builder) -> builder.reconciliationSettleDelay(Duration.ofSeconds(5)))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.subtract(400))
			.block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.amount()).isEqualTo(-400L);
		assertThat(reply.balance()).isEqualTo(600L);
		assertThat(balance()).isEqualTo(600);
		assertThat(balancePosts()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void appliedAfterTheSettleDelayIsNotAppliedAndTheResendIsFlaggedAsADuplicate(LostReply lost,
			CapturedOutput output) throws InterruptedException {
		VouchersTemplate template = template(lost, (builder) -> { });
		BalanceUpdateRequest topUp = BalanceUpdateRequest.add(250).withSourceId("late-" + lost);
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.appliedAfter(Duration.ofMinutes(10))));
		assertThatThrownBy(() -> template.updateVoucherBalance("CARD", topUp).block(WAIT))
			.isInstanceOf(VoucherifyBalanceNotAppliedException.class);
		this.emulator.faults().releaseLateApplications();
		assertThat(this.emulator.faults().awaitLateApplications(WAIT)).isTrue();
		// What no client can prevent: the lost request was applied after all.
		assertThat(balance()).isEqualTo(1250);

		// The caller sends it again with the same source_id; its reply is lost as well.
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.applied()));
		BalanceUpdateResponse reply = template.updateVoucherBalance("CARD", topUp).block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(reply.reconciliation().transactionIds()).hasSize(2);
		assertThat(balance()).isEqualTo(1500);
		assertThat(balancePosts()).isEqualTo(2);
		String voucherId = this.emulator.voucher("CARD").orElseThrow().get("id").asString();
		assertThat(output).contains("ERROR", "source_id late-" + lost, "applied 2 times", voucherId)
			.doesNotContain(this.emulator.appToken());
	}

	@ParameterizedTest
	@EnumSource(LostReply.class)
	void unreadableTransactionsLeaveTheOutcomeUnknownWithTheSourceId(LostReply lost) {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.after(Fault.applied()));
		this.emulator.faults().enqueue(Operation.LIST_VOUCHER_TRANSACTIONS, Fault.status(401));
		assertThatThrownBy(() -> template(lost, (builder) -> { })
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250).withSourceId("order-44"))
			.block(WAIT)).isInstanceOfSatisfying(lost.failure, (ex) -> {
				assertThat(ex.getSourceId()).isEqualTo("order-44");
				assertThat(ex.getReconciliation().outcome()).isEqualTo(Outcome.UNKNOWN);
				assertThat(ex.getSuppressed()).hasAtLeastOneElementOfType(VoucherifyAuthenticationException.class);
				assertThat(ex.getMessage()).contains("source_id=order-44", "UNKNOWN",
						"reading the voucher's transactions failed");
			});
		assertThat(balancePosts()).isEqualTo(1);
		assertThat(balance()).isEqualTo(1250);
	}

	@Test
	void everyUpdateCarriesAGeneratedSourceIdOfTheDocumentedFormatOncePerMono() {
		Mono<BalanceUpdateResponse> topUp = template((builder) -> { }).updateVoucherBalance("CARD",
				BalanceUpdateRequest.add(1));
		BalanceUpdateResponse first = topUp.block(WAIT);
		BalanceUpdateResponse second = topUp.block(WAIT);
		assertThat(first.isReconciled()).isFalse();
		assertThat(first.sourceId())
			.matches("vouchkit-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
			.isEqualTo(second.sourceId());
		assertThat(this.emulator.transactions("CARD")).extracting((tx) -> tx.get("source_id").asString())
			.containsExactly(first.sourceId(), first.sourceId());
		String other = template((builder) -> { }).updateVoucherBalance("CARD", BalanceUpdateRequest.add(1))
			.block(WAIT)
			.sourceId();
		assertThat(other).isNotEqualTo(first.sourceId());
	}

	@Test
	void aCallersSourceIdIsSentExactlyAsGiven() {
		String sourceId = "  Ünïcødé/+%20 ✓ order#42 ";
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(502));
		BalanceUpdateResponse reply = template((builder) -> { })
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(5).withSourceId(sourceId))
			.block(WAIT);
		assertThat(reply.sourceId()).isEqualTo(sourceId);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(this.emulator.transactions("CARD").get(0).get("source_id").asString()).isEqualTo(sourceId);
		assertThatThrownBy(() -> BalanceUpdateRequest.add(5).withSourceId(" ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("sourceId must not be blank");
	}

	@Test
	void everyFailureOfTheCallCarriesTheSourceId() {
		VouchersTemplate template = template((builder) -> { });
		assertThatThrownBy(() -> template.updateVoucherBalance("CARD", BalanceUpdateRequest.subtract(5000)).block(WAIT))
			.isInstanceOfSatisfying(VoucherifyBadRequestException.class, (ex) -> {
				assertThat(ex.getSourceId()).startsWith(BalanceUpdateRequest.GENERATED_SOURCE_ID_PREFIX);
				assertThat(ex.getReconciliation()).isNull();
			});
		assertThatThrownBy(() -> template
			.updateVoucherBalance("NOPE", BalanceUpdateRequest.add(5).withSourceId("order-45"))
			.block(WAIT)).isInstanceOfSatisfying(VoucherifyNotFoundException.class,
					(ex) -> assertThat(ex.getSourceId()).isEqualTo("order-45"));
		assertThat(balancePosts()).isEqualTo(2);
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHER_TRANSACTIONS)).isZero();
	}

	@Test
	void theResponseViewSettlesTheSameWayAndSaysAReconciledReplyHasNoHeaders() {
		VouchersTemplate template = template((builder) -> { });
		VoucherifyResponse<BalanceUpdateResponse> replied = template.withResponse()
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(100).withSourceId("order-47"))
			.block(WAIT);
		assertThat(replied.status()).isEqualTo(200);
		assertThat(replied.headers().getContentType()).isNotNull();
		assertThat(replied.body().sourceId()).isEqualTo("order-47");
		assertThat(replied.body().isReconciled()).isFalse();
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(502));
		VoucherifyResponse<BalanceUpdateResponse> reconciled = template.withResponse()
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(100).withSourceId("order-48"))
			.block(WAIT);
		assertThat(reconciled.status()).isEqualTo(200);
		assertThat(reconciled.headers().isEmpty()).isTrue();
		assertThat(reconciled.body().reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reconciled.body().sourceId()).isEqualTo("order-48");
		assertThat(reconciled.body().balance()).isEqualTo(1200L);
		assertThat(balancePosts()).isEqualTo(2);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.notApplied().thenStatus(503));
		assertThatThrownBy(() -> template.withResponse()
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(100).withSourceId("order-49"))
			.block(WAIT)).isInstanceOfSatisfying(VoucherifyBalanceNotAppliedException.class,
					(ex) -> assertThat(ex.getSourceId()).isEqualTo("order-49"));
		assertThat(balancePosts()).isEqualTo(3);
	}

	@Test
	void theBlockingViewSettlesTheSameWay() {
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(504), Fault.notApplied().thenReset());
		VouchersTemplate template = template((builder) -> { });
		BalanceUpdateResponse reply = template.blocking().updateVoucherBalance("CARD", BalanceUpdateRequest.add(250));
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.balance()).isEqualTo(1250L);
		assertThatThrownBy(() -> template.blocking()
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250).withSourceId("order-46")))
			.isInstanceOfSatisfying(VoucherifyBalanceNotAppliedException.class,
					(ex) -> assertThat(ex.getSourceId()).isEqualTo("order-46"));
		assertThat(balance()).isEqualTo(1250);
		assertThat(balancePosts()).isEqualTo(2);
	}

	@Test
	void withoutReconciliationTheOutcomeStaysUnknownButTheSourceIdIsKnown() {
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(502));
		assertThatThrownBy(() -> template((builder) -> builder.balanceReconciliation(false))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250).withSourceId("order-47"))
			.block(WAIT)).isInstanceOfSatisfying(VoucherifyServiceUnavailableException.class, (ex) -> {
				assertThat(ex.getSourceId()).isEqualTo("order-47");
				assertThat(ex.getReconciliation()).isNull();
			});
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHER_TRANSACTIONS)).isZero();
	}

	@Test
	void theSearchStopsAtTheAttemptsStartMinusTheLookBack() {
		VouchersTemplate template = template((builder) -> builder.reconciliationLookBack(Duration.ofMinutes(5)));
		this.emulatorClock.shift(Duration.ofHours(-1));
		Flux.range(1, 250)
			.flatMap((i) -> template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1)), 16)
			.blockLast(WAIT);
		this.emulatorClock.shift(Duration.ZERO);
		this.emulator.journal().clear();
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenReset());
		BalanceUpdateResponse reply = template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1000))
			.block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(reply.balance()).isEqualTo(2250L);
		// The newest page holds the update and older transactions: nothing further is read.
		assertThat(this.emulator.journal().count(Operation.LIST_VOUCHER_TRANSACTIONS)).isEqualTo(1);
		// The update, then the first transaction older than the bound.
		assertThat(reply.reconciliation().transactionsRead()).isEqualTo(2);
	}

	@Test
	void aClockSkewBeyondTheLookBackHidesTheTransaction() {
		// Voucherify's clock 10 minutes behind this host's.
		this.emulatorClock.shift(Duration.ofMinutes(-10));
		this.emulator.faults()
			.enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenReset(), Fault.applied().thenReset());
		assertThatThrownBy(() -> template((builder) -> builder.reconciliationLookBack(Duration.ofMinutes(5)))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250))
			.block(WAIT)).isInstanceOf(VoucherifyBalanceNotAppliedException.class);
		BalanceUpdateResponse reply = template((builder) -> builder.reconciliationLookBack(Duration.ofMinutes(15)))
			.updateVoucherBalance("CARD", BalanceUpdateRequest.add(250))
			.block(WAIT);
		assertThat(reply.reconciliation().outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(balance()).isEqualTo(1500);
	}

	@Test
	void theOperationsObservationSaysHowItWasSettledAndHoldsTheReadsAsChildren() {
		ObservationRegistry observations = ObservationRegistry.create();
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		Queue<Observation.Context> started = new ConcurrentLinkedQueue<>();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new ObservationHandler<>() {

				@Override
				public void onStart(Observation.Context context) {
					started.add(context);
				}

				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

			});
		VouchersTemplate template = template(
				(builder) -> builder.decorator(new VoucherifyObservationDecorator(observations, null)));
		template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1)).block(WAIT);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(502));
		template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1).withSourceId("twice")).block(WAIT);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.notApplied().thenReset());
		assertThatThrownBy(() -> template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1)).block(WAIT))
			.isInstanceOf(VoucherifyBalanceNotAppliedException.class);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenReset());
		this.emulator.faults().enqueue(Operation.LIST_VOUCHER_TRANSACTIONS, Fault.status(401));
		assertThatThrownBy(() -> template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1)).block(WAIT))
			.isInstanceOf(VoucherifyTransportException.class);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, Fault.applied().thenStatus(500));
		template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(1).withSourceId("twice")).block(WAIT);

		List<Observation.Context> updates = contexts(started, VoucherifyOperation.UPDATE_VOUCHER_BALANCE);
		assertThat(updates).extracting((context) -> context.getLowCardinalityKeyValue("voucherify.reconciliation").getValue())
			.containsExactly("none", "applied", "not_applied", "unknown", "duplicate");
		assertThat(updates).extracting((context) -> context.getLowCardinalityKeyValue("outcome").getValue())
			.containsExactly("SUCCESS", "SUCCESS", "NOT_APPLIED", "TRANSPORT_ERROR", "SUCCESS");
		List<Observation.Context> reads = contexts(started, VoucherifyOperation.LIST_VOUCHER_TRANSACTIONS);
		// One read each for applied, unknown and duplicate, two for not applied (before and after the settle delay).
		assertThat(reads).hasSize(5).allSatisfy((read) -> assertThat(updates)
			.anySatisfy((update) -> assertThat(read.getParentObservation().getContextView()).isSameAs(update)));
		for (String outcome : List.of("none", "applied", "not_applied", "unknown", "duplicate")) {
			assertThat(meters.get("voucherify.client.operation")
				.tag("voucherify.operation", "vouchers.balance.update")
				.tag("voucherify.reconciliation", outcome)
				.timer()
				.count()).as(outcome).isOne();
		}
	}

	@Test
	void concurrentTopUpsWithOneReplyInFiveLostAccountForEveryUnit() {
		int calls = 200;
		List<Fault> lost = new ArrayList<>();
		for (int i = 0; i < calls / 5; i++) {
			lost.add(switch (i % 8) {
				case 0 -> Fault.applied().thenReset();
				case 1 -> Fault.applied().thenStatus(500);
				case 2 -> Fault.applied().thenStatus(502);
				case 3 -> Fault.notApplied().thenStatus(503);
				case 4 -> Fault.notApplied().thenReset();
				case 5 -> Fault.applied().thenStatus(504);
				case 6 -> Fault.notApplied().thenStatus(504);
				default -> Fault.applied().thenStatus(503);
			});
		}
		Collections.shuffle(lost);
		this.emulator.faults().enqueue(Operation.UPDATE_VOUCHER_BALANCE, lost.toArray(Fault[]::new));
		// More connections than Reactor Netty's default pool allows to wait, so every call is sent.
		VouchersTemplate template = template((builder) -> builder.reconciliationSettleDelay(Duration.ofSeconds(2))
			.connector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.create("top-ups", calls)))));
		Map<Long, Object> outcomes = new ConcurrentHashMap<>();
		Flux.range(1, calls)
			.flatMap((amount) -> template.updateVoucherBalance("CARD", BalanceUpdateRequest.add(amount))
				.doOnNext((reply) -> outcomes.put((long) amount, reply))
				.onErrorResume(VoucherifyException.class, (ex) -> {
					outcomes.put((long) amount, ex);
					return Mono.empty();
				}), calls)
			.blockLast(Duration.ofMinutes(3));
		assertThat(outcomes).hasSize(calls);

		Map<String, Long> transactionsBySourceId = this.emulator.transactions("CARD")
			.stream()
			.collect(Collectors.groupingBy((tx) -> tx.get("source_id").asString(), Collectors.counting()));
		long succeeded = 0;
		int failed = 0;
		for (Map.Entry<Long, Object> outcome : outcomes.entrySet()) {
			if (outcome.getValue() instanceof BalanceUpdateResponse reply) {
				succeeded += outcome.getKey();
				assertThat(transactionsBySourceId.get(reply.sourceId())).as("transactions of %s", reply.sourceId())
					.isEqualTo(1L);
			}
			else {
				failed++;
				VoucherifyException ex = (VoucherifyException) outcome.getValue();
				assertThat(ex.getSourceId()).isNotNull();
				assertThat(ex.getReconciliation().outcome()).isIn(Outcome.NOT_APPLIED, Outcome.UNKNOWN);
				if (ex.getReconciliation().outcome() == Outcome.NOT_APPLIED) {
					assertThat(transactionsBySourceId).as(ex.getMessage()).doesNotContainKey(ex.getSourceId());
				}
			}
		}
		assertThat(balance()).isEqualTo(1000 + succeeded);
		assertThat(transactionsBySourceId).hasSize(calls - failed).allSatisfy((sourceId, count) -> assertThat(count).isOne());
		// The fifteen not applied, and no more: every reply lost after an application was settled.
		assertThat(failed).isEqualTo(15);
		assertThat(balancePosts()).isEqualTo(calls);
	}

	private VouchersTemplate template(LostReply lost, Consumer<VouchersTemplate.Builder> customizer) {
		return template((builder) -> {
			if (lost == LostReply.RESPONSE_TIMEOUT) {
				builder.responseTimeout(VoucherifyOperation.UPDATE_VOUCHER_BALANCE, SHORT_RESPONSE_TIMEOUT);
			}
			customizer.accept(builder);
		});
	}

	private VouchersTemplate template(Consumer<VouchersTemplate.Builder> customizer) {
		VouchersTemplate.Builder builder = VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.responseTimeout(VoucherifyOperation.UPDATE_VOUCHER_BALANCE, BALANCE_RESPONSE_TIMEOUT)
			.reconciliationSettleDelay(Duration.ofMillis(200))
			.blockingTimeout(WAIT);
		customizer.accept(builder);
		return builder.build();
	}

	private static List<Observation.Context> contexts(Queue<Observation.Context> started,
			VoucherifyOperation operation) {
		return started.stream()
			.filter((context) -> context instanceof VoucherifyObservationContext voucherify
					&& voucherify.getOperation() == operation)
			.toList();
	}

	private long balance() {
		return this.emulator.voucher("CARD").orElseThrow().at("/gift/balance").asLong();
	}

	private int balancePosts() {
		return this.emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE);
	}

	/** The system clock, moved by a settable offset: Voucherify's clock as it may differ from ours. */
	static final class ShiftableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		void shift(Duration offset) {
			this.offset.set(offset);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

}
