package dev.vouchkit.voucherify;

/**
 * The ten operations of the Vouchers API, with what each does to money and state.
 * <p>
 * {@link #isIdempotent()} drives the retry policy: an operation that is not idempotent
 * is only retried when the request provably never reached the server.
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

	RELEASE_VALIDATION_SESSION("vouchers.sessions.release", true);

	private final String key;

	private final boolean idempotent;

	VoucherifyOperation(String key, boolean idempotent) {
		this.key = key;
		this.idempotent = idempotent;
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
	 * @return {@code true} for reads, enable/disable, delete and session release
	 */
	public boolean isIdempotent() {
		return this.idempotent;
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
