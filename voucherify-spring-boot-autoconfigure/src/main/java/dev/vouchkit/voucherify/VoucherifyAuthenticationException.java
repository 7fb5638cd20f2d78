package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * 401 Unauthorized or 403 Forbidden: the app id or token is missing, wrong, or lacks the permission.
 */
public class VoucherifyAuthenticationException extends VoucherifyApiException {

	public VoucherifyAuthenticationException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error, operation);
	}

}
