package dev.vouchkit.voucherify.emulator;

/**
 * The API operations the emulator answers. Faults and journal counts are keyed by these.
 * The first ten are the Vouchers API operations in scope; the rest are what the flows need
 * around them (creating vouchers, reading exports and async actions).
 */
public enum Operation {
	LIST_VOUCHERS,
	GET_VOUCHER,
	DELETE_VOUCHER,
	ENABLE_VOUCHER,
	DISABLE_VOUCHER,
	UPDATE_BALANCE,
	LIST_TRANSACTIONS,
	EXPORT_TRANSACTIONS,
	IMPORT_CSV,
	RELEASE_SESSION,
	CREATE_VOUCHER,
	GET_EXPORT,
	DOWNLOAD_EXPORT,
	GET_ASYNC_ACTION,
	/** A request under /v1 that matched no route (answered 404 or 405). */
	UNMATCHED
}
