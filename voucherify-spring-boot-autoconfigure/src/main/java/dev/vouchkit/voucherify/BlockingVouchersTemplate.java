package dev.vouchkit.voucherify;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.Assert;

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
 * {@link BlockingVouchersOperations} over any {@link VouchersOperations}, each wait
 * bounded by a timeout.
 */
final class BlockingVouchersTemplate implements BlockingVouchersOperations {

	/** Small margin so the reactive timeout, which cancels the call, always fires first. */
	private static final Duration BLOCK_MARGIN = Duration.ofSeconds(1);

	private final VouchersOperations operations;

	private final Duration timeout;

	private final Duration awaitTimeout;

	BlockingVouchersTemplate(VouchersOperations operations, Duration timeout) {
		this(operations, timeout, timeout);
	}

	/**
	 * @param timeout the longest wait of a call
	 * @param awaitTimeout the longest wait of an await; to let the await's own deadline
	 * (and its message) come first, a little longer than that deadline
	 */
	BlockingVouchersTemplate(VouchersOperations operations, Duration timeout, Duration awaitTimeout) {
		Assert.notNull(operations, "operations must not be null");
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(),
				() -> "blocking timeout must be positive, was " + timeout);
		Assert.isTrue(awaitTimeout != null && !awaitTimeout.isNegative() && !awaitTimeout.isZero(),
				() -> "await timeout must be positive, was " + awaitTimeout);
		this.operations = operations;
		this.timeout = timeout;
		this.awaitTimeout = awaitTimeout;
	}

	@Override
	public Duration timeout() {
		return this.timeout;
	}

	@Override
	public Voucher getVoucher(String code) {
		return await(this.operations.getVoucher(code), VoucherifyOperation.GET_VOUCHER);
	}

	@Override
	public VoucherList listVouchers(ListVouchersQuery query) {
		return await(this.operations.listVouchers(query), VoucherifyOperation.LIST_VOUCHERS);
	}

	@Override
	public void deleteVoucher(String code, boolean force) {
		await(this.operations.deleteVoucher(code, force), VoucherifyOperation.DELETE_VOUCHER);
	}

	@Override
	public Voucher enableVoucher(String code) {
		return await(this.operations.enableVoucher(code), VoucherifyOperation.ENABLE_VOUCHER);
	}

	@Override
	public Voucher disableVoucher(String code) {
		return await(this.operations.disableVoucher(code), VoucherifyOperation.DISABLE_VOUCHER);
	}

	@Override
	public BalanceUpdateResponse updateVoucherBalance(String code, BalanceUpdateRequest request) {
		return await(this.operations.updateVoucherBalance(code, request), VoucherifyOperation.UPDATE_VOUCHER_BALANCE);
	}

	@Override
	public VoucherTransactionList listVoucherTransactions(String code, ListTransactionsQuery query) {
		return await(this.operations.listVoucherTransactions(code, query),
				VoucherifyOperation.LIST_VOUCHER_TRANSACTIONS);
	}

	@Override
	public TransactionsExport exportVoucherTransactions(String code, ExportTransactionsRequest request) {
		return await(this.operations.exportVoucherTransactions(code, request),
				VoucherifyOperation.EXPORT_VOUCHER_TRANSACTIONS);
	}

	@Override
	public CsvImportResponse importVouchersUsingCsv(CsvImport csv) {
		return await(this.operations.importVouchersUsingCsv(csv), VoucherifyOperation.IMPORT_VOUCHERS_USING_CSV);
	}

	@Override
	public void releaseValidationSession(String code, String sessionKey) {
		await(this.operations.releaseValidationSession(code, sessionKey),
				VoucherifyOperation.RELEASE_VALIDATION_SESSION);
	}

	@Override
	public AsyncAction getAsyncAction(String asyncActionId) {
		return await(this.operations.getAsyncAction(asyncActionId), VoucherifyOperation.GET_ASYNC_ACTION);
	}

	@Override
	public TransactionsExport getExport(String exportId) {
		return await(this.operations.getExport(exportId), VoucherifyOperation.GET_EXPORT);
	}

	@Override
	public AsyncAction awaitImport(String asyncActionId) {
		return await(this.operations.awaitImport(asyncActionId), VoucherifyOperation.AWAIT_IMPORT, this.awaitTimeout);
	}

	@Override
	public TransactionsExport awaitExport(String exportId) {
		return await(this.operations.awaitExport(exportId), VoucherifyOperation.AWAIT_EXPORT, this.awaitTimeout);
	}

	@Override
	public void downloadExport(TransactionsExport export, OutputStream out) {
		Assert.notNull(out, "out must not be null");
		DataBufferUtils.write(this.operations.downloadExport(export), out)
			.doOnNext(DataBufferUtils::release)
			.timeout(this.timeout, Flux.error(() -> timedOut(VoucherifyOperation.DOWNLOAD_EXPORT, this.timeout)))
			.blockLast();
	}

	@Override
	public Stream<Map<String, String>> downloadExportRows(TransactionsExport export) {
		return stream(this.operations.downloadExportRows(export), VoucherifyOperation.DOWNLOAD_EXPORT);
	}

	@Override
	public Stream<Voucher> streamVouchers(ListVouchersQuery query) {
		return stream(this.operations.streamVouchers(query), VoucherifyOperation.LIST_VOUCHERS);
	}

	@Override
	public Stream<VoucherTransaction> streamVoucherTransactions(String code, ListTransactionsQuery query) {
		return stream(this.operations.streamVoucherTransactions(code, query),
				VoucherifyOperation.LIST_VOUCHER_TRANSACTIONS);
	}

	private <T> T await(Mono<T> call, VoucherifyOperation operation) {
		return await(call, operation, this.timeout);
	}

	private <T> T await(Mono<T> call, VoucherifyOperation operation, Duration timeout) {
		return call.timeout(timeout, Mono.error(() -> timedOut(operation, timeout))).block(timeout.plus(BLOCK_MARGIN));
	}

	private <T> Stream<T> stream(Flux<T> elements, VoucherifyOperation operation) {
		// One element at a time: the next page is fetched only when the stream needs it.
		return elements.timeout(this.timeout, Flux.error(() -> timedOut(operation, this.timeout))).toStream(1);
	}

	private static VoucherifyResponseTimeoutException timedOut(VoucherifyOperation operation, Duration timeout) {
		return new VoucherifyResponseTimeoutException(operation.methodName() + " did not complete within the blocking"
				+ " timeout of " + timeout + "; it was cancelled and its outcome is unknown", operation, null);
	}

	@Override
	public String toString() {
		return "BlockingVouchersTemplate[timeout=" + this.timeout + ", operations=" + this.operations + "]";
	}

}
