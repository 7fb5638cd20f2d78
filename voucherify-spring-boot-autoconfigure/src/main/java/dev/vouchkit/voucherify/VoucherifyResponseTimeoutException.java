package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * The request was sent but no reply arrived within the response timeout. The server may
 * have applied it: the outcome is unknown.
 */
public class VoucherifyResponseTimeoutException extends VoucherifyTransportException {

	public VoucherifyResponseTimeoutException(String message, @Nullable VoucherifyOperation operation,
			@Nullable Throwable cause) {
		super(message, operation, true, cause);
	}

}
