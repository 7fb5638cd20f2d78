package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherOrder;
import dev.vouchkit.voucherify.model.VoucherTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two streams page on demand, stop at the last page, and go past the API's page 99
 * by created_at windows.
 */
class VouchersTemplatePagingTests extends MockServerSupport {

	private final List<String> targets = new CopyOnWriteArrayList<>();

	@Test
	void streamsEveryVoucherOnceAcrossCreatedAtWindows() {
		// 2,500 vouchers, three per millisecond: more than 99 pages of 10.
		List<FakeVoucher> vouchers = vouchers(2500, 3);
		serveVouchers(vouchers);
		List<String> codes = this.template.streamVouchers(ListVouchersQuery.builder().limit(10).build())
			.map(Voucher::code)
			.collectList()
			.block(Duration.ofSeconds(60));
		List<String> expected = vouchers.stream().sorted(NEWEST_FIRST).map(FakeVoucher::code).toList();
		assertThat(codes).hasSize(2500).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
		assertThat(this.targets).anyMatch((target) -> target.contains("created_at%5Bbefore%5D="));
		assertThat(this.targets).allMatch((target) -> !target.contains("page=100"));
	}

	@Test
	void streamsOldestFirstAcrossWindowsToo() {
		List<FakeVoucher> vouchers = vouchers(1200, 2);
		serveVouchers(vouchers);
		List<String> codes = this.template
			.streamVouchers(ListVouchersQuery.builder().limit(10).order(VoucherOrder.CREATED_AT).build())
			.map(Voucher::code)
			.collectList()
			.block(Duration.ofSeconds(60));
		List<String> expected = vouchers.stream().sorted(NEWEST_FIRST.reversed()).map(FakeVoucher::code).toList();
		assertThat(codes).containsExactlyElementsOf(expected);
	}

	@Test
	void otherOrdersStopAtPage99WithAClearError() {
		serveVouchers(vouchers(1000, 1));
		List<Voucher> received = new ArrayList<>();
		StepVerifier.create(this.template.streamVouchers(ListVouchersQuery.builder().limit(10).order(VoucherOrder.CODE).build()))
			.recordWith(() -> received)
			.thenConsumeWhile((voucher) -> true)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(VoucherifyPagingLimitException.class)
				.hasMessageContaining("page 99")
				.hasMessageContaining("created_at"))
			.verify(Duration.ofSeconds(60));
		assertThat(received).hasSize(990);
	}

	@Test
	void stopsAfterTheLastPageWithoutAnExtraRequest() {
		serveVouchers(vouchers(30, 1));
		StepVerifier.create(this.template.streamVouchers(ListVouchersQuery.builder().limit(10).build()))
			.expectNextCount(30)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		assertThat(this.targets).hasSize(3);
	}

	@Test
	void pagesOnlyAsTheSubscriberAsks() {
		serveVouchers(vouchers(500, 1));
		StepVerifier.create(this.template.streamVouchers(ListVouchersQuery.builder().limit(10).build()), 0)
			.thenRequest(5)
			.expectNextCount(5)
			.thenAwait(Duration.ofMillis(300))
			.then(() -> assertThat(this.targets).hasSizeLessThanOrEqualTo(2))
			.thenCancel()
			.verify(Duration.ofSeconds(30));
		assertThat(this.targets).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void streamsTransactionsByCursor() {
		List<String> ids = IntStream.range(0, 250).mapToObj((i) -> String.format("vtx_%018x", 1000 - i)).toList();
		serveTransactions(ids);
		List<String> received = this.template
			.streamVoucherTransactions("GIFT-1", ListTransactionsQuery.builder().limit(100).build())
			.map(VoucherTransaction::id)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(received).containsExactlyElementsOf(ids);
		assertThat(this.targets).hasSize(3);
		assertThat(this.targets.get(1)).contains("starting_after_id=" + ids.get(99));
		assertThat(this.targets.get(2)).contains("starting_after_id=" + ids.get(199));
	}

	@Test
	void transactionStreamPagesOnDemand() {
		List<String> ids = IntStream.range(0, 250).mapToObj((i) -> "vtx_" + (1000 - i)).toList();
		serveTransactions(ids);
		StepVerifier.create(this.template.streamVoucherTransactions("GIFT-1", ListTransactionsQuery.builder().limit(10).build()), 0)
			.thenRequest(3)
			.expectNextCount(3)
			.thenAwait(Duration.ofMillis(300))
			.thenCancel()
			.verify(Duration.ofSeconds(30));
		assertThat(this.targets).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void blockingStreamFetchesLazily() {
		serveVouchers(vouchers(200, 1));
		try (Stream<Voucher> stream = this.template.blocking().streamVouchers(ListVouchersQuery.builder().limit(10).build())) {
			assertThat(stream.limit(15).count()).isEqualTo(15);
		}
		assertThat(this.targets).hasSizeLessThanOrEqualTo(3);
	}

	// --- a tiny server-side model of the two list endpoints ---

	private static final Comparator<FakeVoucher> NEWEST_FIRST = Comparator.comparing(FakeVoucher::createdAt)
		.thenComparing(FakeVoucher::id)
		.reversed();

	record FakeVoucher(String id, String code, Instant createdAt) {

		String json() {
			return "{\"id\":\"" + this.id + "\",\"code\":\"" + this.code + "\",\"object\":\"voucher\",\"created_at\":\""
					+ this.createdAt + "\"}";
		}

	}

	private static List<FakeVoucher> vouchers(int count, int perMillisecond) {
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		return IntStream.range(0, count)
			.mapToObj((i) -> new FakeVoucher(String.format("v_%06d", i), "CODE-" + i,
					start.plusMillis(i / perMillisecond)))
			.toList();
	}

	private void serveVouchers(List<FakeVoucher> vouchers) {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				targets.add(request.getTarget());
				HttpUrl url = request.getUrl();
				int limit = Integer.parseInt(valueOr(url.queryParameter("limit"), "10"));
				int page = Integer.parseInt(valueOr(url.queryParameter("page"), "1"));
				if (page > 99) {
					return json(400, "{\"code\":400,\"key\":\"invalid_query_params\",\"message\":\"Invalid query params\"}");
				}
				String order = valueOr(url.queryParameter("order"), "-created_at");
				Instant before = instant(url.queryParameter("created_at[before]"));
				Instant after = instant(url.queryParameter("created_at[after]"));
				Comparator<FakeVoucher> comparator = switch (order) {
					case "created_at" -> NEWEST_FIRST.reversed();
					case "code" -> Comparator.comparing(FakeVoucher::code);
					default -> NEWEST_FIRST;
				};
				List<FakeVoucher> matching = vouchers.stream()
					.filter((v) -> before == null || v.createdAt().isBefore(before))
					.filter((v) -> after == null || v.createdAt().isAfter(after))
					.sorted(comparator)
					.toList();
				String items = matching.stream()
					.skip((long) (page - 1) * limit)
					.limit(limit)
					.map(FakeVoucher::json)
					.collect(Collectors.joining(","));
				return json(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[" + items + "],\"total\":"
						+ matching.size() + "}");
			}
		});
	}

	private void serveTransactions(List<String> newestFirst) {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				targets.add(request.getTarget());
				HttpUrl url = request.getUrl();
				int limit = Integer.parseInt(valueOr(url.queryParameter("limit"), "10"));
				String after = url.queryParameter("starting_after_id");
				int from = (after != null) ? newestFirst.indexOf(after) + 1 : 0;
				List<String> page = newestFirst.subList(from, Math.min(newestFirst.size(), from + limit));
				boolean hasMore = from + limit < newestFirst.size();
				String data = page.stream()
					.map((id) -> "{\"id\":\"" + id + "\",\"voucher_id\":\"v_1\",\"type\":\"CREDITS_ADDITION\"}")
					.collect(Collectors.joining(","));
				return json(200, "{\"object\":\"list\",\"data_ref\":\"data\",\"data\":[" + data + "],\"has_more\":" + hasMore
						+ (hasMore ? ",\"more_starting_after\":\"" + page.get(page.size() - 1) + "\"" : "") + "}");
			}
		});
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
	}

	private static String valueOr(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	private static Instant instant(String value) {
		return (value != null) ? OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toInstant() : null;
	}


}
