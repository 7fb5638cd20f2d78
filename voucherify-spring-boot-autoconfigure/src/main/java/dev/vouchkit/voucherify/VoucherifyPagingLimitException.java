package dev.vouchkit.voucherify;

/**
 * A voucher stream reached page 99, the last page {@code GET /v1/vouchers} serves, with
 * vouchers still left. Only streams ordered by {@code created_at} can go further (by
 * moving a {@code created_at} window); any other order stops here with this exception.
 */
public class VoucherifyPagingLimitException extends VoucherifyException {

	public VoucherifyPagingLimitException(String message) {
		super(message, VoucherifyOperation.LIST_VOUCHERS, null);
	}

}
