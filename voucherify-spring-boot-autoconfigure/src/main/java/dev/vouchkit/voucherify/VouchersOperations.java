package dev.vouchkit.voucherify;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;

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
 * The ten operations of Voucherify's Vouchers API, reactive, and the ways to finish the
 * async jobs two of them start: await a CSV import or an export, and stream the exported
 * file. Implemented by {@link VouchersTemplate}.
 * <p>
 * Every method returns a cold publisher: nothing is sent until it is subscribed to, and
 * each subscription sends the request again. Arguments are checked when the method is
 * called, so bad input fails with an {@link IllegalArgumentException} that names the
 * parameter, before any network call. Failures of the call itself arrive as a
 * {@link VoucherifyException}.
 * <p>
 * A voucher {@code code} may be the voucher's code or its id ({@code v_...}); it may hold
 * any characters and is always sent as one percent-encoded path segment.
 */
public interface VouchersOperations {

	/**
	 * {@code GET /v1/vouchers/{code}}: one voucher with all its fields.
	 * @param code voucher code or id
	 * @return the voucher; {@link VoucherifyNotFoundException} when there is none
	 */
	Mono<Voucher> getVoucher(String code);

	/**
	 * {@code GET /v1/vouchers}: one page of vouchers matching the query.
	 * @param query filters, order and page
	 * @return the page and the total number of matches
	 */
	Mono<VoucherList> listVouchers(ListVouchersQuery query);

	/**
	 * {@code GET /v1/vouchers} with the API's defaults: the ten newest vouchers.
	 * @return the first page
	 */
	default Mono<VoucherList> listVouchers() {
		return listVouchers(ListVouchersQuery.defaults());
	}

	/**
	 * {@code DELETE /v1/vouchers/{code}}.
	 * @param code voucher code or id
	 * @param force {@code true} deletes it for good and frees the code; {@code false}
	 * moves it to the bin, where the code stays reserved
	 * @return completes empty once deleted
	 */
	Mono<Void> deleteVoucher(String code, boolean force);

	/**
	 * {@code DELETE /v1/vouchers/{code}} into the bin (without {@code force}).
	 * @param code voucher code or id
	 * @return completes empty once deleted
	 */
	default Mono<Void> deleteVoucher(String code) {
		return deleteVoucher(code, false);
	}

	/**
	 * {@code POST /v1/vouchers/{code}/enable}.
	 * @param code voucher code or id
	 * @return the voucher, now active
	 */
	Mono<Voucher> enableVoucher(String code);

	/**
	 * {@code POST /v1/vouchers/{code}/disable}.
	 * @param code voucher code or id
	 * @return the voucher, now inactive
	 */
	Mono<Voucher> disableVoucher(String code);

	/**
	 * {@code POST /v1/vouchers/{code}/balance}: adds to (positive amount) or removes from
	 * (negative amount) a gift card's credits or a loyalty card's points. Not idempotent:
	 * never sent twice unless the first request provably never reached the server, or was
	 * found not applied.
	 * <p>
	 * Always sent with a {@code source_id}: the request's, else a generated one
	 * ({@link BalanceUpdateRequest#newSourceId()}). When the reply is lost (a reset after the
	 * write, a response timeout, a 5xx), {@link VouchersTemplate} settles the outcome from the
	 * voucher's transactions: the reply is then rebuilt from the transaction found
	 * ({@link BalanceUpdateResponse#isReconciled()}), or the call fails with
	 * {@link VoucherifyBalanceNotAppliedException}, or with the original exception whose
	 * {@link VoucherifyException#getReconciliation()} says the outcome is unknown.
	 * @param code voucher code or id
	 * @param request the signed amount, in minor units or points
	 * @return the balance after the change, with the {@code source_id} sent
	 */
	Mono<BalanceUpdateResponse> updateVoucherBalance(String code, BalanceUpdateRequest request);

	/**
	 * {@code GET /v1/vouchers/{code}/transactions}: one page of a voucher's transactions.
	 * @param code voucher code or id
	 * @param query limit, order and cursor
	 * @return the page, with {@code has_more} and the cursor for the next one
	 */
	Mono<VoucherTransactionList> listVoucherTransactions(String code, ListTransactionsQuery query);

	/**
	 * {@code GET /v1/vouchers/{code}/transactions} with the API's defaults.
	 * @param code voucher code or id
	 * @return the newest transactions
	 */
	default Mono<VoucherTransactionList> listVoucherTransactions(String code) {
		return listVoucherTransactions(code, ListTransactionsQuery.defaults());
	}

	/**
	 * {@code POST /v1/vouchers/{code}/transactions/export}: schedules a CSV export of the
	 * voucher's transactions.
	 * @param code voucher code or id
	 * @param request order and fields of the file
	 * @return the export, {@code SCHEDULED}
	 */
	Mono<TransactionsExport> exportVoucherTransactions(String code, ExportTransactionsRequest request);

	/**
	 * {@code POST /v1/vouchers/importCSV}: uploads a CSV file of vouchers as
	 * {@code multipart/form-data}, streamed, never held in memory whole.
	 * @param csv the file and its options
	 * @return the id of the asynchronous import
	 */
	Mono<CsvImportResponse> importVouchersUsingCsv(CsvImport csv);

	/**
	 * Imports a CSV file from a Spring {@link Resource}.
	 * @param csv the file; its filename is sent, or {@code vouchers.csv} when it has none
	 * @return the id of the asynchronous import
	 */
	default Mono<CsvImportResponse> importVouchersUsingCsv(Resource csv) {
		return importVouchersUsingCsv(CsvImport.of(csv));
	}

	/**
	 * Imports a CSV file from the file system.
	 * @param csv the file
	 * @return the id of the asynchronous import
	 */
	default Mono<CsvImportResponse> importVouchersUsingCsv(Path csv) {
		return importVouchersUsingCsv(CsvImport.of(csv));
	}

	/**
	 * {@code DELETE /v1/vouchers/{code}/sessions/{sessionKey}}: releases a validation
	 * session's hold on the voucher.
	 * @param code voucher code or id
	 * @param sessionKey the session key
	 * @return completes empty once released
	 */
	Mono<Void> releaseValidationSession(String code, String sessionKey);

	/**
	 * {@code GET /v1/async-actions/{id}}: how an async action, e.g. a CSV import, is doing
	 * now.
	 * @param asyncActionId the id from {@link CsvImportResponse#asyncActionId()},
	 * {@code aa_…}
	 * @return the action; {@link VoucherifyNotFoundException} when there is none
	 */
	Mono<AsyncAction> getAsyncAction(String asyncActionId);

	/**
	 * {@code GET /v1/exports/{id}}: how an export is doing now.
	 * @param exportId the id from {@link TransactionsExport#id()}, {@code exp_…}
	 * @return the export; {@link VoucherifyNotFoundException} when there is none
	 */
	Mono<TransactionsExport> getExport(String exportId);

	/**
	 * Polls a CSV import's async action until it is {@code DONE} or {@code FAILED}: at once,
	 * then with a growing wait up to a ceiling, until the deadline
	 * ({@code voucherify.jobs.*}). Each poll is a {@link #getAsyncAction} call with its
	 * retries, circuit breaker and rate limiter; the await as a whole is observed once, and
	 * each poll's status and progress is logged at DEBUG. Cancelling the subscription stops
	 * the polls.
	 * @param asyncActionId the id from {@link CsvImportResponse#asyncActionId()}
	 * @return the finished action, {@code DONE} (its {@code result} with the counts and each
	 * failed row) or {@code FAILED}; {@link VoucherifyJobTimeoutException} at the deadline
	 */
	Mono<AsyncAction> awaitImport(String asyncActionId);

	/**
	 * Polls an export as {@link #awaitImport} does, until it is {@code DONE}.
	 * @param exportId the id from {@link TransactionsExport#id()}
	 * @return the export, {@code DONE} with its {@code result.url};
	 * {@link VoucherifyExportFailedException} when it ends {@code ERROR},
	 * {@link VoucherifyJobTimeoutException} at the deadline
	 */
	Mono<TransactionsExport> awaitExport(String exportId);

	/**
	 * Streams the file of a {@code DONE} export from its {@code result.url}, on the download
	 * host (not the API host), as it arrives: memory holds a few buffers whatever the file's
	 * size, as long as the subscriber releases each one ({@code DataBufferUtils.release}) or
	 * writes it on with {@code DataBufferUtils.write}. The URL's token is treated as a secret:
	 * no log line, exception message or metric shows it.
	 * @param export a {@code DONE} export, e.g. from {@link #awaitExport}; checked before any
	 * network call
	 * @return the bytes of the CSV file
	 */
	Flux<DataBuffer> downloadExport(TransactionsExport export);

	/**
	 * Streams the file of a {@code DONE} export as rows: one map per CSV row, from column
	 * name (the header row: {@code id}, {@code type}, {@code amount}, ...) to the text of the
	 * field, in file order. Parsed as the file streams in.
	 * @param export a {@code DONE} export, e.g. from {@link #awaitExport}
	 * @return the rows; {@link VoucherifyResponseFormatException} for a file that is not CSV
	 */
	Flux<Map<String, String>> downloadExportRows(TransactionsExport export);

	/**
	 * Every voucher that matches the query, page after page as the subscriber asks for
	 * more, ending after the last page. The query's {@code page} is where it starts.
	 * <p>
	 * The API serves at most 99 pages. A stream ordered by {@code created_at} (the
	 * default, newest first, or oldest first) goes on past page 99 by narrowing a
	 * {@code created_at} window to the last voucher seen, without repeating or skipping a
	 * voucher. Any other order fails with {@link VoucherifyPagingLimitException} at that
	 * point.
	 * @param query filters, order and page size
	 * @return the vouchers
	 */
	Flux<Voucher> streamVouchers(ListVouchersQuery query);

	/**
	 * Every transaction of a voucher, following the {@code more_starting_after} cursor
	 * as the subscriber asks for more, ending when {@code has_more} is false.
	 * @param code voucher code or id
	 * @param query limit, order and where to start
	 * @return the transactions
	 */
	Flux<VoucherTransaction> streamVoucherTransactions(String code, ListTransactionsQuery query);

	/**
	 * These operations replying with the whole {@link VoucherifyResponse}: the body plus the
	 * status, headers and {@code X-Rate-Limit-*} values, e.g.
	 * {@code withResponse().getVoucher(code).map((reply) -> reply.rateLimit().remaining())}.
	 * @return the view with responses
	 */
	VouchersResponseOperations withResponse();

	/**
	 * A blocking view of these operations for Spring MVC and plain services, waiting at
	 * most the configured blocking timeout per call, and for an await at most its deadline.
	 * @return the blocking view
	 */
	BlockingVouchersOperations blocking();

	/**
	 * A blocking view that waits at most {@code timeout} per call, await included (and per
	 * element of a stream).
	 * @param timeout the longest wait
	 * @return the blocking view
	 */
	default BlockingVouchersOperations blocking(Duration timeout) {
		return new BlockingVouchersTemplate(this, timeout);
	}

}
