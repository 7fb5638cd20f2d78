package dev.vouchkit.voucherify;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.VoucherTransaction;
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * Follows the {@code starting_after_id} / {@code more_starting_after} cursor of
 * {@code GET /v1/vouchers/{code}/transactions} for
 * {@link VouchersOperations#streamVoucherTransactions}. A query that uses the deprecated
 * {@code page} parameter is paged by page number instead, as the caller asked.
 */
final class TransactionPaging {

	private final VouchersOperations operations;

	private final String code;

	private final ListTransactionsQuery firstQuery;

	TransactionPaging(VouchersOperations operations, String code, ListTransactionsQuery firstQuery) {
		this.operations = operations;
		this.code = code;
		this.firstQuery = firstQuery;
	}

	Flux<VoucherTransaction> stream() {
		return fetch(this.firstQuery).expand(this::next).concatMapIterable(Page::data, 1);
	}

	private Mono<Page> fetch(ListTransactionsQuery query) {
		return this.operations.listVoucherTransactions(this.code, query).map((list) -> new Page(query, list));
	}

	@SuppressWarnings("deprecation")
	private Mono<Page> next(Page page) {
		List<VoucherTransaction> data = page.data();
		if (!Boolean.TRUE.equals(page.list.hasMore()) || data.isEmpty()) {
			return Mono.empty();
		}
		if (page.query.page() != null) {
			return fetch(page.query.copy((next) -> next.page(page.query.page() + 1)));
		}
		String cursor = page.list.moreStartingAfter();
		if (cursor == null) {
			cursor = data.get(data.size() - 1).id();
		}
		if (cursor == null || cursor.equals(page.query.startingAfterId())) {
			return Mono.error(new VoucherifyResponseFormatException("streamVoucherTransactions received has_more=true"
					+ " without a cursor that moves past " + page.query.startingAfterId(),
					VoucherifyOperation.LIST_VOUCHER_TRANSACTIONS, 200, null));
		}
		return fetch(page.query.toBuilder().startingAfterId(cursor).build());
	}

	private record Page(ListTransactionsQuery query, VoucherTransactionList list) {

		List<VoucherTransaction> data() {
			return this.list.data();
		}

	}

}
