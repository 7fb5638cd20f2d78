package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * A successful status whose body could not be read as the operation's reply: malformed
 * JSON, another shape, or no body at all.
 */
public class VoucherifyResponseFormatException extends VoucherifyException {

	private final int statusCode;

	public VoucherifyResponseFormatException(String message, VoucherifyOperation operation, int statusCode,
			@Nullable Throwable cause) {
		super(message, operation, cause);
		this.statusCode = statusCode;
	}

	/**
	 * HTTP status of the reply.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

}
