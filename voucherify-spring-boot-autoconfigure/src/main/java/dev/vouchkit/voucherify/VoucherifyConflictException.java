package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * 409 Conflict: the resource already exists or is in a conflicting state.
 */
public class VoucherifyConflictException extends VoucherifyApiException {

	public VoucherifyConflictException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
