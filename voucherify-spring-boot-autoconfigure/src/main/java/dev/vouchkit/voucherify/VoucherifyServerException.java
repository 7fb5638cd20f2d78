package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * A 5xx reply. A 500 means the server failed while handling the request, so a
 * state-changing operation may or may not have been applied; see
 * {@link VoucherifyServiceUnavailableException} for 502, 503 and 504.
 */
public class VoucherifyServerException extends VoucherifyApiException {

	public VoucherifyServerException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
