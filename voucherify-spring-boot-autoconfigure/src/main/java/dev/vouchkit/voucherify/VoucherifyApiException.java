package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Carries the fields of Voucherify's error body
 * ({@code code}, {@code key}, {@code message}, {@code details}, {@code request_id},
 * {@code resource_id}, {@code resource_type}) where the body had them; for other bodies
 * (the gateway's {@code {statusCode, error, message}}, a proxy's HTML page, nothing) the
 * status and a short excerpt of the body.
 */
public class VoucherifyApiException extends VoucherifyException {

	private final VoucherifyErrorResponse error;

	public VoucherifyApiException(VoucherifyErrorResponse error, @Nullable VoucherifyOperation operation) {
		super(error.describe(describe(operation)), operation, null);
		this.error = error;
	}

	protected VoucherifyApiException(String message, VoucherifyErrorResponse error,
			@Nullable VoucherifyOperation operation) {
		super(message, operation, null);
		this.error = error;
	}

	/**
	 * HTTP status of the reply.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.error.status();
	}

	/**
	 * The whole error reply, as parsed.
	 * @return the error response
	 */
	public VoucherifyErrorResponse getError() {
		return this.error;
	}

	/**
	 * Voucherify's machine-readable error key, e.g. {@code not_found}.
	 * @return the key, or {@code null} when the body did not carry one
	 */
	public @Nullable String getKey() {
		return this.error.key();
	}

	/**
	 * Voucherify's {@code details} text.
	 * @return the details, or {@code null}
	 */
	public @Nullable String getDetails() {
		return this.error.details();
	}

	/**
	 * Voucherify's request id; quote it to Voucherify's support.
	 * @return the request id, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.error.requestId();
	}

	/**
	 * The id or code the API looked up.
	 * @return the resource id, or {@code null}
	 */
	public @Nullable String getResourceId() {
		return this.error.resourceId();
	}

	/**
	 * The kind of resource, e.g. {@code voucher} or {@code session}.
	 * @return the resource type, or {@code null}
	 */
	public @Nullable String getResourceType() {
		return this.error.resourceType();
	}

}
