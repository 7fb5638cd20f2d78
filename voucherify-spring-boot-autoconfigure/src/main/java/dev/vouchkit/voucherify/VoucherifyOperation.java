package dev.vouchkit.voucherify;

/**
 * The ten operations of the Vouchers API, the reads that finish its async jobs (an import's
 * async action, an export and its file), and the awaits made of those reads, with what
 * each does to money and state.
 * <p>
 * {@link #isIdempotent()} drives the retry policy: an operation that is not idempotent
 * is only retried when the request provably never reached the server.
 * {@link #isAwait()} marks the awaits: each of their polls is a call of its own (with
 * retries, circuit breaker and rate limiter), while the await as a whole is observed once.
 */
public enum VoucherifyOperation {

	GET_VOUCHER("vouchers.get", true),

	LIST_VOUCHERS("vouchers.list", true),

	DELETE_VOUCHER("vouchers.delete", true),

	ENABLE_VOUCHER("vouchers.enable", true),

	DISABLE_VOUCHER("vouchers.disable", true),

	UPDATE_VOUCHER_BALANCE("vouchers.balance.update", false),

	LIST_VOUCHER_TRANSACTIONS("vouchers.transactions.list", true),

	EXPORT_VOUCHER_TRANSACTIONS("vouchers.transactions.export", false),

	IMPORT_VOUCHERS_USING_CSV("vouchers.import-csv", false),

	RELEASE_VALIDATION_SESSION("vouchers.sessions.release", true),

	GET_ASYNC_ACTION("async-actions.get", true),

	GET_EXPORT("exports.get", true),

	DOWNLOAD_EXPORT("exports.download", true),

	AWAIT_IMPORT("async-actions.await", true, true),

	AWAIT_EXPORT("exports.await", true, true);

	private final String key;

	private final boolean idempotent;

	private final boolean await;

	VoucherifyOperation(String key, boolean idempotent) {
		this(key, idempotent, false);
	}

	VoucherifyOperation(String key, boolean idempotent, boolean await) {
		this.key = key;
		this.idempotent = idempotent;
		this.await = await;
	}

	/**
	 * Stable, low-cardinality name used in metrics, traces and configuration, e.g.
	 * {@code vouchers.balance.update}.
	 * @return the operation key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Whether sending the request twice leaves the same state as sending it once.
	 * @return {@code true} for reads, enable/disable, delete, session release and awaits
	 */
	public boolean isIdempotent() {
		return this.idempotent;
	}

	/**
	 * Whether this is an await of an async job ({@code awaitImport}, {@code awaitExport}):
	 * a series of polls, each its own call, rather than one request. Retries, circuit
	 * breaker, rate limiter and per-operation settings apply to the polls, not to it.
	 * @return {@code true} for the awaits
	 */
	public boolean isAwait() {
		return this.await;
	}

	/**
	 * The operation method name on {@link VouchersOperations}, e.g. {@code updateVoucherBalance}.
	 * @return the camel-case method name
	 */
	public String methodName() {
		StringBuilder name = new StringBuilder();
		for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
			name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return name.toString();
	}

}
