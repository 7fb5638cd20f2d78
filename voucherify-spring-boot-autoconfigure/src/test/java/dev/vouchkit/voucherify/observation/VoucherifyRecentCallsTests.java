package dev.vouchkit.voucherify.observation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.vouchkit.voucherify.VoucherifyErrorResponse.RateLimit;
import dev.vouchkit.voucherify.VoucherifyExchange;
import dev.vouchkit.voucherify.VoucherifyOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link VoucherifyRecentCalls}: the log every API attempt is written to, on the
 * event loop that read its reply.
 */
class VoucherifyRecentCallsTests {

	@Test
	void keepsTheLastAttemptsNewestFirst() {
		VoucherifyRecentCalls log = new VoucherifyRecentCalls(3);
		assertThat(log.list()).isEmpty();
		for (int i = 1; i <= 5; i++) {
			log.onExchange(attempt("req_" + i));
		}
		assertThat(log.list()).extracting(VoucherifyExchange::requestId).containsExactly("req_5", "req_4", "req_3");
	}

	@Test
	void listsFewerWhileFewerWereMade() {
		VoucherifyRecentCalls log = new VoucherifyRecentCalls(3);
		log.onExchange(attempt("req_1"));
		log.onExchange(attempt("req_2"));
		assertThat(log.list()).extracting(VoucherifyExchange::requestId).containsExactly("req_2", "req_1");
	}

	@Test
	void rejectsAnEmptyLog() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VoucherifyRecentCalls(0))
			.withMessage("size must be at least 1");
	}

	// An event loop writing an attempt must not wait for another thread: under load on few cores, a thread
	// preempted while it held the log's lock stalled the event loops behind it for up to 13 ms each time.
	@Test
	void recordingAnAttemptWaitsForNoOtherThreadHoldingTheLog() throws Exception {
		VoucherifyRecentCalls log = new VoucherifyRecentCalls(3);
		ExecutorService eventLoop = Executors.newSingleThreadExecutor();
		try {
			synchronized (log) {
				Future<?> recorded = eventLoop.submit(() -> log.onExchange(attempt("req_1")));
				recorded.get(5, TimeUnit.SECONDS);
			}
			assertThat(log.list()).extracting(VoucherifyExchange::requestId).containsExactly("req_1");
		}
		finally {
			eventLoop.shutdownNow();
		}
	}

	@Test
	void attemptsRecordedOnManyThreadsAtOnceLeaveTheNewestInTheirOrder() throws Exception {
		int threads = 4;
		int perThread = 20_000;
		VoucherifyRecentCalls log = new VoucherifyRecentCalls(20);
		ExecutorService loops = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Void>> writers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String thread = "t" + t;
				writers.add(CompletableFuture.runAsync(() -> {
					await(start);
					for (int i = 0; i < perThread; i++) {
						log.onExchange(attempt(thread + ":" + i));
						if (i % 1000 == 0) {
							// Read while others write: never more than kept, never a gap in one thread's order.
							assertNewestFirstPerThread(log.list(), 20);
						}
					}
				}, loops));
			}
			start.countDown();
			CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			List<VoucherifyExchange> last = log.list();
			assertThat(last).hasSize(20).doesNotHaveDuplicates();
			assertNewestFirstPerThread(last, 20);
			// The attempt made last, by whichever thread, is kept.
			assertThat(last).extracting(VoucherifyExchange::requestId)
				.anySatisfy((id) -> assertThat(id).endsWith(":" + (perThread - 1)));
		}
		finally {
			loops.shutdownNow();
		}
	}

	private static void assertNewestFirstPerThread(List<VoucherifyExchange> calls, int size) {
		assertThat(calls).hasSizeLessThanOrEqualTo(size);
		Map<String, Integer> previous = new HashMap<>();
		for (VoucherifyExchange call : calls) {
			String[] threadAndIndex = call.requestId().split(":");
			int index = Integer.parseInt(threadAndIndex[1]);
			Integer newer = previous.put(threadAndIndex[0], index);
			if (newer != null) {
				assertThat(index).as("order of %s in %s", threadAndIndex[0], calls).isLessThan(newer);
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static VoucherifyExchange attempt(String requestId) {
		return new VoucherifyExchange(Instant.now(), VoucherifyOperation.GET_VOUCHER, 200, requestId, null,
				RateLimit.NONE);
	}

}
