package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * A 502, 503 or 504 reply: a gateway or the service was temporarily unavailable.
 */
public class VoucherifyServiceUnavailableException extends VoucherifyServerException
		implements TransientVoucherifyException {

	public VoucherifyServiceUnavailableException(VoucherifyErrorResponse error,
			@Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
