package dev.vouchkit.voucherify;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.model.VoucherOrder;

/**
 * Pages through {@code GET /v1/vouchers} for {@link VouchersOperations#streamVouchers}.
 * <p>
 * The API serves pages 1 to 99 only. When a stream ordered by {@code created_at} reaches
 * page 99 with vouchers left, it starts a new window at page 1 whose
 * {@code created_at[before]} (newest first) or {@code created_at[after]} (oldest first)
 * is one millisecond past the last voucher seen, and drops the vouchers of that
 * millisecond it has already emitted, so nothing is repeated or skipped whether the API
 * treats the bound as inclusive or not.
 */
final class VoucherPaging {

	private static final int DEFAULT_LIMIT = 10;

	private final VouchersOperations operations;

	private final ListVouchersQuery firstQuery;

	VoucherPaging(VouchersOperations operations, ListVouchersQuery firstQuery) {
		this.operations = operations;
		this.firstQuery = firstQuery;
	}

	Flux<Voucher> stream() {
		return fetch(this.firstQuery, Set.of(), null)
			.expand(this::next)
			// One page at a time: the next request goes out only when this page is consumed.
			.concatMapIterable(Page::emitted, 1);
	}

	private Mono<Page> fetch(ListVouchersQuery query, Set<String> alreadyEmitted,
			@Nullable OffsetDateTime windowBoundary) {
		return this.operations.listVouchers(query).map((list) -> new Page(query, list, alreadyEmitted, windowBoundary));
	}

	private Mono<Page> next(Page page) {
		if (page.isLast()) {
			return Mono.empty();
		}
		int pageNumber = page.pageNumber();
		if (pageNumber < VouchersTemplate.MAX_VOUCHER_PAGE) {
			return fetch(page.query.copy((next) -> next.page(pageNumber + 1)), page.alreadyEmitted, page.windowBoundary);
		}
		return nextWindow(page);
	}

	private Mono<Page> nextWindow(Page page) {
		VoucherOrder order = page.query.order();
		boolean newestFirst = order == null || VoucherOrder.CREATED_AT_DESC.equals(order);
		if (!newestFirst && !VoucherOrder.CREATED_AT.equals(order)) {
			return Mono.error(new VoucherifyPagingLimitException("streamVouchers reached page "
					+ VouchersTemplate.MAX_VOUCHER_PAGE + ", the last page GET /v1/vouchers serves, with "
					+ page.list.total() + " matching vouchers; only order created_at or -created_at can stream"
					+ " further (by created_at window), order " + order.value() + " cannot"));
		}
		List<Voucher> vouchers = page.list.vouchers();
		OffsetDateTime boundary = vouchers.get(vouchers.size() - 1).createdAt();
		if (boundary == null || boundary.equals(page.windowBoundary)) {
			return Mono.error(new VoucherifyPagingLimitException("streamVouchers cannot move its created_at window"
					+ " past page " + VouchersTemplate.MAX_VOUCHER_PAGE + ": "
					+ ((boundary == null) ? "vouchers carry no created_at"
							: "more than a window of vouchers share created_at " + boundary)));
		}
		Set<String> emittedAtBoundary = new HashSet<>();
		for (Voucher voucher : vouchers) {
			if (boundary.equals(voucher.createdAt())) {
				emittedAtBoundary.add(voucher.id());
			}
		}
		ListVouchersQuery window = page.query.copy((next) -> {
			if (newestFirst) {
				next.createdBefore(boundary.plusNanos(1_000_000));
			}
			else {
				next.createdAfter(boundary.minusNanos(1_000_000));
			}
			next.page(1);
		});
		return fetch(window, Set.copyOf(emittedAtBoundary), boundary);
	}

	private static final class Page {

		private final ListVouchersQuery query;

		private final VoucherList list;

		private final Set<String> alreadyEmitted;

		private final @Nullable OffsetDateTime windowBoundary;

		Page(ListVouchersQuery query, VoucherList list, Set<String> alreadyEmitted,
				@Nullable OffsetDateTime windowBoundary) {
			this.query = query;
			this.list = list;
			this.alreadyEmitted = alreadyEmitted;
			this.windowBoundary = windowBoundary;
		}

		int pageNumber() {
			return (this.query.page() != null) ? this.query.page() : 1;
		}

		int limit() {
			return (this.query.limit() != null) ? this.query.limit() : DEFAULT_LIMIT;
		}

		boolean isLast() {
			int received = this.list.vouchers().size();
			Long total = this.list.total();
			return received < limit() || (total != null && (long) pageNumber() * limit() >= total);
		}

		List<Voucher> emitted() {
			if (this.alreadyEmitted.isEmpty()) {
				return this.list.vouchers();
			}
			return this.list.vouchers().stream().filter((voucher) -> !this.alreadyEmitted.contains(voucher.id())).toList();
		}

	}

}
