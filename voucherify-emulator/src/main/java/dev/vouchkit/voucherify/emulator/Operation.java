package dev.vouchkit.voucherify.emulator;

import java.util.Arrays;
import java.util.Map;

/**
 * The API operations the emulator answers. Faults and journal counts are keyed by these.
 * The first ten are the Vouchers API operations in scope, named as the client's
 * {@code VoucherifyOperation} names them; the rest are what the flows need around them
 * (creating vouchers, reading exports and async actions).
 */
public enum Operation {
	LIST_VOUCHERS,
	GET_VOUCHER,
	DELETE_VOUCHER,
	ENABLE_VOUCHER,
	DISABLE_VOUCHER,
	UPDATE_VOUCHER_BALANCE,
	LIST_VOUCHER_TRANSACTIONS,
	EXPORT_VOUCHER_TRANSACTIONS,
	IMPORT_VOUCHERS_USING_CSV,
	RELEASE_VALIDATION_SESSION,
	CREATE_VOUCHER,
	GET_EXPORT,
	DOWNLOAD_EXPORT,
	GET_ASYNC_ACTION,
	/** A request under /v1 that matched no route (answered 404 or 405). */
	UNMATCHED;

	/** Names the admin API accepted before the operations took the client's names. */
	private static final Map<String, Operation> FORMER_NAMES = Map.of("UPDATE_BALANCE", UPDATE_VOUCHER_BALANCE,
			"LIST_TRANSACTIONS", LIST_VOUCHER_TRANSACTIONS, "EXPORT_TRANSACTIONS", EXPORT_VOUCHER_TRANSACTIONS,
			"IMPORT_CSV", IMPORT_VOUCHERS_USING_CSV, "RELEASE_SESSION", RELEASE_VALIDATION_SESSION);

	/**
	 * The operation of that name, or of that former name.
	 * @param name e.g. {@code UPDATE_VOUCHER_BALANCE} or the former {@code UPDATE_BALANCE}
	 * @return the operation
	 * @throws IllegalArgumentException naming the operations there are
	 */
	public static Operation named(String name) {
		Operation former = FORMER_NAMES.get(name);
		if (former != null) {
			return former;
		}
		return Arrays.stream(values())
			.filter((operation) -> operation.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("operation should be one of " + Arrays.toString(values())));
	}

}
