package dev.vouchkit.voucherify;

import reactor.core.publisher.Mono;

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
import dev.vouchkit.voucherify.model.VoucherTransactionList;

/**
 * The operations of {@link VouchersOperations}, each replying with the whole
 * {@link VoucherifyResponse}: the body plus the status, headers and rate-limit values.
 * Reached through {@link VouchersOperations#withResponse()}.
 * <p>
 * Each call is the same call as its counterpart on {@link VouchersOperations}: checked the
 * same way, retried, observed and guarded by the same policies, and failing with the same
 * {@link VoucherifyException} (whose {@link VoucherifyApiException#getError()} carries the
 * error reply's headers).
 */
public interface VouchersResponseOperations {

	/**
	 * {@link VouchersOperations#getVoucher(String)}, with the response.
	 * @param code voucher code or id
	 * @return the response with the voucher
	 */
	Mono<VoucherifyResponse<Voucher>> getVoucher(String code);

	/**
	 * {@link VouchersOperations#listVouchers(ListVouchersQuery)}, with the response.
	 * @param query filters, order and page
	 * @return the response with the page
	 */
	Mono<VoucherifyResponse<VoucherList>> listVouchers(ListVouchersQuery query);

	/**
	 * {@link VouchersOperations#deleteVoucher(String, boolean)}, with the response.
	 * @param code voucher code or id
	 * @param force {@code true} deletes it for good; {@code false} moves it to the bin
	 * @return the response, without a body
	 */
	Mono<VoucherifyResponse<Void>> deleteVoucher(String code, boolean force);

	/**
	 * {@link VouchersOperations#enableVoucher(String)}, with the response.
	 * @param code voucher code or id
	 * @return the response with the voucher, now active
	 */
	Mono<VoucherifyResponse<Voucher>> enableVoucher(String code);

	/**
	 * {@link VouchersOperations#disableVoucher(String)}, with the response.
	 * @param code voucher code or id
	 * @return the response with the voucher, now inactive
	 */
	Mono<VoucherifyResponse<Voucher>> disableVoucher(String code);

	/**
	 * {@link VouchersOperations#updateVoucherBalance(String, BalanceUpdateRequest)}, with the
	 * response. Not idempotent: never sent twice unless the first request provably never
	 * reached the server.
	 * @param code voucher code or id
	 * @param request the signed amount, in minor units or points
	 * @return the response with the balance after the change
	 */
	Mono<VoucherifyResponse<BalanceUpdateResponse>> updateVoucherBalance(String code, BalanceUpdateRequest request);

	/**
	 * {@link VouchersOperations#listVoucherTransactions(String, ListTransactionsQuery)}, with
	 * the response.
	 * @param code voucher code or id
	 * @param query limit, order and cursor
	 * @return the response with the page
	 */
	Mono<VoucherifyResponse<VoucherTransactionList>> listVoucherTransactions(String code, ListTransactionsQuery query);

	/**
	 * {@link VouchersOperations#exportVoucherTransactions(String, ExportTransactionsRequest)},
	 * with the response.
	 * @param code voucher code or id
	 * @param request order and fields of the file
	 * @return the response with the export, {@code SCHEDULED}
	 */
	Mono<VoucherifyResponse<TransactionsExport>> exportVoucherTransactions(String code,
			ExportTransactionsRequest request);

	/**
	 * {@link VouchersOperations#importVouchersUsingCsv(CsvImport)}, with the response.
	 * @param csv the file and its options
	 * @return the response with the id of the asynchronous import
	 */
	Mono<VoucherifyResponse<CsvImportResponse>> importVouchersUsingCsv(CsvImport csv);

	/**
	 * {@link VouchersOperations#releaseValidationSession(String, String)}, with the response.
	 * @param code voucher code or id
	 * @param sessionKey the session key
	 * @return the response, without a body
	 */
	Mono<VoucherifyResponse<Void>> releaseValidationSession(String code, String sessionKey);

	/**
	 * {@link VouchersOperations#getAsyncAction(String)}, with the response: one poll of a
	 * CSV import, with what the quota says after it.
	 * @param asyncActionId the id the import replied with
	 * @return the response with the asynchronous action
	 */
	Mono<VoucherifyResponse<AsyncAction>> getAsyncAction(String asyncActionId);

	/**
	 * {@link VouchersOperations#getExport(String)}, with the response: one poll of an
	 * export, with what the quota says after it.
	 * @param exportId the id the export replied with
	 * @return the response with the export
	 */
	Mono<VoucherifyResponse<TransactionsExport>> getExport(String exportId);

}
