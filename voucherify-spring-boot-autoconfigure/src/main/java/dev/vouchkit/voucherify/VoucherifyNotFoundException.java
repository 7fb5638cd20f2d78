package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * 404 Not Found: no such voucher or session (or it is in the bin).
 */
public class VoucherifyNotFoundException extends VoucherifyApiException {

	public VoucherifyNotFoundException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
