package dev.vouchkit.voucherify.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBufferUtils;

import dev.vouchkit.voucherify.CsvImport;
import dev.vouchkit.voucherify.VoucherifyExportFailedException;
import dev.vouchkit.voucherify.VoucherifyJobTimeoutException;
import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.AsyncAction;
import dev.vouchkit.voucherify.model.AsyncActionStatus;
import dev.vouchkit.voucherify.model.ExportField;
import dev.vouchkit.voucherify.model.ExportOrder;
import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.observation.VoucherifyObservationContext;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDecorator;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Awaiting CSV imports and exports and streaming exported files, end to end on the emulator,
 * whose jobs take a few hundred milliseconds to finish.
 */
class AsyncJobsEmulatorTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	/** Every observation that ended, in the order they ended. */
	private final Queue<VoucherifyObservationContext> stopped = new ConcurrentLinkedQueue<>();

	private final ObservationRegistry observations = ObservationRegistry.create();

	private VoucherifyEmulator emulator;

	private VouchersTemplate template;

	@BeforeEach
	void start() {
		this.observations.observationConfig().observationHandler(new ObservationHandler<VoucherifyObservationContext>() {

			@Override
			public void onStop(VoucherifyObservationContext context) {
				AsyncJobsEmulatorTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof VoucherifyObservationContext;
			}

		});
		this.emulator = VoucherifyEmulator.builder().jobDuration(Duration.ofMillis(300)).start();
		this.template = template(Duration.ofSeconds(30));
	}

	private VouchersTemplate template(Duration deadline) {
		return VouchersTemplate.builder()
			.baseUrl(this.emulator.baseUrl())
			.appId(this.emulator.appId())
			.appToken(this.emulator.appToken())
			.decorator(VoucherifyResilienceDecorator.builder()
				.backoff(Duration.ofMillis(1), 1, Duration.ofMillis(1), 0)
				.build()
				.wrappedIn(new VoucherifyObservationDecorator(this.observations, null)))
			.jobPolling(Duration.ofMillis(20), 1.5, Duration.ofMillis(80), deadline)
			.build();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void awaitsAnImportAndReportsEachFailedRowWithItsCodeAndReason() {
		String id = upload("Code,Voucher Type,Value\nGOOD-1,GIFT_VOUCHER,100\nNO-TYPE,,1\nGOOD-2,GIFT_VOUCHER,5\n"
				+ "GOOD-3,GIFT_VOUCHER,1\n");

		AsyncAction done = this.template.awaitImport(id).block(WAIT);

		assertThat(done.status()).isEqualTo(AsyncActionStatus.DONE);
		assertThat(done.progress()).isEqualTo(100);
		assertThat(done.result().doneCount()).isEqualTo(3);
		assertThat(done.result().failedCount()).isEqualTo(1);
		assertThat(done.result().failed()).singleElement().satisfies((row) -> {
			assertThat(row.code()).isEqualTo("NO-TYPE");
			assertThat(row.row()).isEqualTo(3);
			assertThat(row.reason()).isEqualTo("Voucher Type is required");
		});
		assertThat(this.emulator.voucher("GOOD-2")).isPresent();
		// It polled until the end, and each poll was a call of its own inside one observed await.
		int polls = this.emulator.journal().count(Operation.GET_ASYNC_ACTION);
		assertThat(polls).isGreaterThan(1);
		assertThat(observed("async-actions.await")).hasSize(1);
		assertThat(observed("async-actions.get")).hasSize(polls)
			.allSatisfy((poll) -> assertThat(poll.getParentObservation().getContextView())
				.isSameAs(observed("async-actions.await").get(0)));
	}

	@Test
	void anImportThatFailsAsAWholeIsEmittedAsFailed() {
		this.emulator.failNextImport("The file could not be processed");
		String id = upload("Code,Voucher Type,Value\nNEVER,GIFT_VOUCHER,100\n");

		AsyncAction failed = this.template.awaitImport(id).block(WAIT);

		assertThat(failed.status()).isEqualTo(AsyncActionStatus.FAILED);
		assertThat(failed.result().message()).isEqualTo("The file could not be processed");
		assertThat(this.emulator.voucher("NEVER")).isEmpty();
	}

	@ParameterizedTest(name = "{0} transactions")
	@ValueSource(ints = { 0, 1, 5_000 })
	void exportsAndStreamsEveryTransactionAsOneRow(int transactions) {
		this.emulator.addGiftCard("CARD", 0);
		IntStream.rangeClosed(1, transactions).forEach((i) -> this.emulator.updateBalance("CARD", i, "top-up " + i));
		TransactionsExport scheduled = this.template.exportVoucherTransactions("CARD", ExportTransactionsRequest.of(ExportOrder.CREATED_AT,
				ExportField.ID, ExportField.AMOUNT, ExportField.REASON)).block(WAIT);
		assertThat(scheduled.status()).isEqualTo(ExportStatus.SCHEDULED);

		TransactionsExport done = this.template.awaitExport(scheduled.id()).block(WAIT);
		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		List<Map<String, String>> rows = this.template.downloadExportRows(done).collectList().block(WAIT);

		assertThat(rows).hasSize(transactions);
		assertThat(rows).extracting((row) -> row.get("id")).doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).startsWith("vtx_"));
		for (int i = 0; i < transactions; i++) {
			assertThat(rows.get(i)).containsEntry("amount", Integer.toString(i + 1))
				.containsEntry("reason", "top-up " + (i + 1));
		}
		String file = DataBufferUtils.join(this.template.downloadExport(done))
			.map((buffer) -> {
				String text = buffer.toString(StandardCharsets.UTF_8);
				DataBufferUtils.release(buffer);
				return text;
			})
			.block(WAIT);
		assertThat(file).startsWith("id,amount,reason\r\n");
		assertThat(file.split("\r\n")).hasSize(transactions + 1);
		// The file came from the download listener, which got no app credentials: it is not the API host.
		assertThat(this.emulator.journal().entries(Operation.DOWNLOAD_EXPORT)).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.headers()).doesNotContainKey("x-app-id"));
	}

	@Test
	void anExportThatEndsWithErrorFailsWithATypedException() {
		this.emulator.addGiftCard("CARD", 100);
		this.emulator.failNextExport();
		String id = this.template.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty())
			.block(WAIT)
			.id();

		StepVerifier.create(this.template.awaitExport(id))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(VoucherifyExportFailedException.class,
					(failed) -> assertThat(failed.getExport().status()).isEqualTo(ExportStatus.ERROR))
				.hasMessageContaining(id)
				.hasMessageContaining("ERROR"))
			.verify(WAIT);
		assertThat(observed("exports.await")).singleElement()
			.satisfies((await) -> assertThat(await.getLowCardinalityKeyValue("outcome").getValue())
				.isEqualTo("JOB_FAILED"));
	}

	@Test
	void anAwaitGivesUpAtItsDeadlineSayingWhatItLastSaw() {
		this.emulator.jobDuration(Duration.ofHours(1));
		String id = upload("Code,Voucher Type,Value\nSLOW,GIFT_VOUCHER,100\n");

		StepVerifier.create(template(Duration.ofMillis(300)).awaitImport(id))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(VoucherifyJobTimeoutException.class,
					(timeout) -> {
						assertThat(timeout.getJobId()).isEqualTo(id);
						assertThat(timeout.getLastStatus()).isEqualTo("ENQUEUED");
						assertThat(timeout.getTimeout()).isEqualTo(Duration.ofMillis(300));
						assertThat(timeout.isTransient()).isTrue();
					})
				.hasMessageContaining(id)
				.hasMessageContaining("ENQUEUED at 0%"))
			.verify(WAIT);
		assertThat(observed("async-actions.await")).singleElement()
			.satisfies((await) -> assertThat(await.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("TIMEOUT"));
	}

	@Test
	void cancellingAnAwaitStopsItsPolls() throws InterruptedException {
		this.emulator.jobDuration(Duration.ofHours(1));
		String id = upload("Code,Voucher Type,Value\nSLOW,GIFT_VOUCHER,100\n");

		Disposable subscription = this.template.awaitImport(id).subscribe();
		await().atMost(WAIT).until(() -> this.emulator.journal().count(Operation.GET_ASYNC_ACTION) >= 3);
		subscription.dispose();
		// A poll already sent may still arrive; after that, nothing more.
		Thread.sleep(200);
		int afterCancel = this.emulator.journal().count(Operation.GET_ASYNC_ACTION);
		// Ten times the longest wait between polls: a live await would have polled again several times.
		Thread.sleep(800);
		assertThat(this.emulator.journal().count(Operation.GET_ASYNC_ACTION)).isEqualTo(afterCancel);
		assertThat(observed("async-actions.await")).singleElement()
			.satisfies((await) -> assertThat(await.getLowCardinalityKeyValue("outcome").getValue())
				.isEqualTo("CANCELLED"));
	}

	@Test
	void anUnknownJobFailsAtTheFirstPoll() {
		StepVerifier.create(this.template.awaitImport("aa_000000000000000000"))
			.expectError(VoucherifyNotFoundException.class)
			.verify(WAIT);
		StepVerifier.create(this.template.awaitExport("exp_unknown"))
			.expectError(VoucherifyNotFoundException.class)
			.verify(WAIT);
		assertThat(this.emulator.journal().count(Operation.GET_ASYNC_ACTION)).isEqualTo(1);
	}

	@Test
	void aPollThatFailsOnceIsRetriedLikeAnyRead() {
		this.emulator.addGiftCard("CARD", 100);
		this.emulator.faults().enqueue(Operation.GET_EXPORT, Fault.status(503), Fault.resetAfterApply());
		this.emulator.faults().enqueue(Operation.DOWNLOAD_EXPORT, Fault.status(503));
		String id = this.template.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty())
			.block(WAIT)
			.id();

		TransactionsExport done = this.template.awaitExport(id).block(WAIT);
		assertThat(this.template.downloadExportRows(done).collectList().block(WAIT)).isEmpty();
		assertThat(this.emulator.journal().count(Operation.DOWNLOAD_EXPORT)).isEqualTo(2);
	}

	@Test
	void aDownloadNeedsAFinishedExportAndSaysSoBeforeAnyCall() {
		this.emulator.addGiftCard("CARD", 100);
		TransactionsExport scheduled = this.template
			.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty())
			.block(WAIT);
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.downloadExport(scheduled))
			.withMessageContaining(scheduled.id())
			.withMessageContaining("SCHEDULED, not DONE");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.downloadExport(null))
			.withMessage("export must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.awaitImport(" "))
			.withMessage("asyncActionId must not be blank");
		assertThat(this.emulator.journal().count(Operation.DOWNLOAD_EXPORT)).isZero();
	}

	@Test
	void theBlockingViewAwaitsAndDownloadsToo() {
		this.emulator.addGiftCard("CARD", 0);
		IntStream.rangeClosed(1, 3).forEach((i) -> this.emulator.updateBalance("CARD", 10, "r" + i));
		String importId = upload("Code,Voucher Type,Value\nB-1,GIFT_VOUCHER,100\n");
		String exportId = this.template.exportVoucherTransactions("CARD", ExportTransactionsRequest.empty())
			.block(WAIT)
			.id();

		assertThat(this.template.blocking().awaitImport(importId).status()).isEqualTo(AsyncActionStatus.DONE);
		TransactionsExport done = this.template.blocking().awaitExport(exportId);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		this.template.blocking().downloadExport(done, file);
		assertThat(file.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(4);
		try (Stream<Map<String, String>> rows = this.template.blocking().downloadExportRows(done)) {
			assertThat(rows).hasSize(3).allSatisfy((row) -> assertThat(row).containsEntry("amount", "10"));
		}
		assertThat(this.template.blocking().getAsyncAction(importId).isFinished()).isTrue();
		assertThat(this.template.blocking().getExport(exportId).status()).isEqualTo(ExportStatus.DONE);
	}

	@Test
	void theBlockingViewBoundsAnAwaitByItsTimeout() {
		this.emulator.jobDuration(Duration.ofHours(1));
		String id = upload("Code,Voucher Type,Value\nSLOW,GIFT_VOUCHER,100\n");
		assertThatThrownBy(() -> this.template.blocking(Duration.ofMillis(300)).awaitImport(id))
			.hasMessageContaining("awaitImport did not complete within the blocking timeout of PT0.3S");
	}

	private String upload(String csv) {
		ByteArrayResource file = new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "vouchers.csv";
			}

		};
		return this.template.importVouchersUsingCsv(CsvImport.of(file)).block(WAIT).asyncActionId();
	}

	private List<VoucherifyObservationContext> observed(String operation) {
		return this.stopped.stream().filter((context) -> context.getOperation().key().equals(operation)).toList();
	}

}
