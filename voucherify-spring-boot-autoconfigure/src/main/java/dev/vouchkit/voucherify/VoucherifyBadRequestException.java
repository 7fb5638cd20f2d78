package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * 400 Bad Request (also 413 and 422): the request was rejected as invalid; sending it again will fail the same way.
 */
public class VoucherifyBadRequestException extends VoucherifyApiException {

	public VoucherifyBadRequestException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
