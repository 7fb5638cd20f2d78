package dev.vouchkit.voucherify;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;

import dev.vouchkit.voucherify.model.AsyncAction;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.CsvImportResponse;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.ListTransactionsQuery;
import dev.vouchkit.voucherify.model.ListVouchersQuery;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.model.VoucherTransaction;
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * The blocking view of {@link VouchersOperations}, for Spring MVC controllers and plain
 * services. Each call waits at most {@link #timeout()}, an await at most its deadline; a
 * call that takes longer is cancelled and fails with
 * {@link VoucherifyResponseTimeoutException}. Never call it from a reactive (event-loop)
 * thread.
 */
public interface BlockingVouchersOperations {

	/**
	 * The longest a call waits (for a stream: the longest wait for each element).
	 * @return the timeout
	 */
	Duration timeout();

	/** @see VouchersOperations#getVoucher(String) */
	Voucher getVoucher(String code);

	/** @see VouchersOperations#listVouchers(ListVouchersQuery) */
	VoucherList listVouchers(ListVouchersQuery query);

	/** @see VouchersOperations#deleteVoucher(String, boolean) */
	void deleteVoucher(String code, boolean force);

	/** @see VouchersOperations#enableVoucher(String) */
	Voucher enableVoucher(String code);

	/** @see VouchersOperations#disableVoucher(String) */
	Voucher disableVoucher(String code);

	/** @see VouchersOperations#updateVoucherBalance(String, BalanceUpdateRequest) */
	BalanceUpdateResponse updateVoucherBalance(String code, BalanceUpdateRequest request);

	/** @see VouchersOperations#listVoucherTransactions(String, ListTransactionsQuery) */
	VoucherTransactionList listVoucherTransactions(String code, ListTransactionsQuery query);

	/** @see VouchersOperations#exportVoucherTransactions(String, ExportTransactionsRequest) */
	TransactionsExport exportVoucherTransactions(String code, ExportTransactionsRequest request);

	/** @see VouchersOperations#importVouchersUsingCsv(CsvImport) */
	CsvImportResponse importVouchersUsingCsv(CsvImport csv);

	/** @see VouchersOperations#importVouchersUsingCsv(Resource) */
	default CsvImportResponse importVouchersUsingCsv(Resource csv) {
		return importVouchersUsingCsv(CsvImport.of(csv));
	}

	/** @see VouchersOperations#importVouchersUsingCsv(Path) */
	default CsvImportResponse importVouchersUsingCsv(Path csv) {
		return importVouchersUsingCsv(CsvImport.of(csv));
	}

	/** @see VouchersOperations#releaseValidationSession(String, String) */
	void releaseValidationSession(String code, String sessionKey);

	/** @see VouchersOperations#getAsyncAction(String) */
	AsyncAction getAsyncAction(String asyncActionId);

	/** @see VouchersOperations#getExport(String) */
	TransactionsExport getExport(String exportId);

	/**
	 * Waits for a CSV import to finish, at most its deadline.
	 * @see VouchersOperations#awaitImport(String)
	 */
	AsyncAction awaitImport(String asyncActionId);

	/**
	 * Waits for an export to finish, at most its deadline.
	 * @see VouchersOperations#awaitExport(String)
	 */
	TransactionsExport awaitExport(String exportId);

	/**
	 * Writes the file of a {@code DONE} export to {@code out} as it arrives, waiting at most
	 * {@link #timeout()} for each part of it. Does not close {@code out}.
	 * @see VouchersOperations#downloadExport(TransactionsExport)
	 */
	void downloadExport(TransactionsExport export, OutputStream out);

	/**
	 * The rows of a {@code DONE} export's file, read as the stream is consumed. Close the
	 * stream (try-with-resources) when you stop early, so the download stops too.
	 * @see VouchersOperations#downloadExportRows(TransactionsExport)
	 */
	Stream<Map<String, String>> downloadExportRows(TransactionsExport export);

	/**
	 * Every matching voucher, fetched page by page as the stream is consumed. Close the
	 * stream (try-with-resources) when you stop early, so the paging stops too.
	 * @see VouchersOperations#streamVouchers(ListVouchersQuery)
	 */
	Stream<Voucher> streamVouchers(ListVouchersQuery query);

	/**
	 * Every transaction of a voucher, fetched page by page as the stream is consumed.
	 * Close the stream when you stop early.
	 * @see VouchersOperations#streamVoucherTransactions(String, ListTransactionsQuery)
	 */
	Stream<VoucherTransaction> streamVoucherTransactions(String code, ListTransactionsQuery query);

}
