package dev.vouchkit.sample;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;

import dev.vouchkit.voucherify.CsvImport;
import dev.vouchkit.voucherify.VoucherifyBadRequestException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.AsyncAction;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.CsvImportResponse;
import dev.vouchkit.voucherify.model.ExportField;
import dev.vouchkit.voucherify.model.ExportOrder;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherOrder;
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * Everything the gift-card desk does with Voucherify, in one place: each method is one call
 * on the starter's {@link VouchersOperations} bean. Failures arrive as
 * {@code VoucherifyException}s and become problem details in {@link ProblemDetailsAdvice}.
 */
@Service
public class VoucherDesk {

	/** Voucherify's key for a balance change it refuses, such as one that would go below zero. */
	private static final String INVALID_BALANCE_CHANGE = "invalid_add_balance_params";

	private final VouchersOperations vouchers;

	public VoucherDesk(VouchersOperations vouchers) {
		this.vouchers = vouchers;
	}

	/** One page of the vouchers that match the filter; the API numbers pages from 1. */
	public Mono<VoucherPage> findVouchers(VoucherFilter filter, int page, int limit) {
		ListVouchersQuery.Builder query = ListVouchersQuery.builder().page(page).limit(limit);
		if (filter.category() != null) {
			query.category(filter.category());
		}
		if (filter.campaign() != null) {
			query.campaign(filter.campaign());
		}
		if (filter.customer() != null) {
			query.customer(filter.customer());
		}
		if (filter.order() != null) {
			query.order(filter.order());
		}
		return this.vouchers.listVouchers(query.build())
			.map((list) -> VoucherPage.of(page, limit, list.total(), list.vouchers()));
	}

	public Mono<Voucher> voucher(String code) {
		return this.vouchers.getVoucher(code);
	}

	/**
	 * Adds credits to a gift card (or points to a loyalty card); amounts are in minor units.
	 * With no {@code sourceId} the starter generates one; a caller that got "not applied"
	 * sends the change again with the {@code source_id} of that answer.
	 */
	public Mono<BalanceUpdateResponse> topUp(String code, long amount, String reason, String sourceId) {
		return this.vouchers.updateVoucherBalance(code,
				BalanceUpdateRequest.add(amount).withReason(reason).withSourceId(sourceId));
	}

	/**
	 * Removes credits; Voucherify refuses (400) to take the balance below zero. Its refusal
	 * speaks in minor units, so the desk reads the balance and raises
	 * {@link BalanceTooLowException} with both numbers, for a message in the user's units.
	 */
	public Mono<BalanceUpdateResponse> deduct(String code, long amount, String reason, String sourceId) {
		return this.vouchers
			.updateVoucherBalance(code, BalanceUpdateRequest.subtract(amount).withReason(reason).withSourceId(sourceId))
			.onErrorResume(VoucherifyBadRequestException.class, (rejection) -> balanceTooLow(code, amount, rejection));
	}

	private Mono<BalanceUpdateResponse> balanceTooLow(String code, long amount,
			VoucherifyBadRequestException rejection) {
		if (!INVALID_BALANCE_CHANGE.equals(rejection.getKey())) {
			return Mono.error(rejection);
		}
		// Any failure of this second call leaves the refusal as Voucherify worded it.
		Mono<Throwable> explained = this.vouchers.getVoucher(code).map((voucher) -> {
			Long balance = (voucher.gift() != null) ? voucher.gift().balance()
					: (voucher.loyaltyCard() != null) ? voucher.loyaltyCard().balance() : null;
			return (balance != null && balance < amount)
					? new BalanceTooLowException(code, amount, balance, voucher.isLoyaltyCard(), rejection) : rejection;
		});
		return explained.onErrorReturn(rejection).defaultIfEmpty(rejection).flatMap(Mono::error);
	}

	public Mono<Voucher> enable(String code) {
		return this.vouchers.enableVoucher(code);
	}

	public Mono<Voucher> disable(String code) {
		return this.vouchers.disableVoucher(code);
	}

	/** One page of the card's history; pass the previous page's {@code more_starting_after} for the next. */
	public Mono<VoucherTransactionList> transactions(String code, int limit, String startingAfterId) {
		ListTransactionsQuery.Builder query = ListTransactionsQuery.builder().limit(limit);
		if (startingAfterId != null) {
			query.startingAfterId(startingAfterId);
		}
		return this.vouchers.listVoucherTransactions(code, query.build());
	}

	/** Schedules a CSV export of the card's history, oldest first. */
	public Mono<TransactionsExport> exportTransactions(String code) {
		return this.vouchers.exportVoucherTransactions(code, ExportTransactionsRequest.of(ExportOrder.CREATED_AT,
				ExportField.ID, ExportField.TYPE, ExportField.AMOUNT, ExportField.BALANCE, ExportField.REASON,
				ExportField.CREATED_AT));
	}

	/**
	 * Exports the card's history and waits until Voucherify has written the file, polling
	 * as {@code voucherify.jobs.*} says.
	 */
	public Mono<TransactionsExport> exportTransactionsWhenReady(String code) {
		return exportTransactions(code).flatMap((export) -> this.vouchers.awaitExport(export.id()));
	}

	/** The finished export's file, streamed from Voucherify's download host as it arrives. */
	public Flux<DataBuffer> transactionsFile(TransactionsExport export) {
		return this.vouchers.downloadExport(export);
	}

	/**
	 * Streams the uploaded file to Voucherify as it arrives, never holding it in memory. The
	 * import runs asynchronously: the reply only carries the async action's id.
	 */
	public Mono<CsvImportResponse> importCsv(FilePart file) {
		return this.vouchers.importVouchersUsingCsv(CsvImport.of(file.content(), file.filename()));
	}

	/** Waits until a CSV import has finished: its counts and every row that failed. */
	public Mono<AsyncAction> importOutcome(String asyncActionId) {
		return this.vouchers.awaitImport(asyncActionId);
	}

	/** Ends a validation session's hold on the voucher (e.g. when a checkout is abandoned). */
	public Mono<Void> releaseSession(String code, String sessionKey) {
		return this.vouchers.releaseValidationSession(code, sessionKey);
	}

	/** The list filters the desk offers; null means "any". */
	public record VoucherFilter(String category, String campaign, String customer, VoucherOrder order) {
	}

}
