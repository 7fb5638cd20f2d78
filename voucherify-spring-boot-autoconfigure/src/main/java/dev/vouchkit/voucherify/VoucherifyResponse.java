package dev.vouchkit.voucherify;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * A successful reply with what came along with its body: the status, the headers and
 * Voucherify's rate-limit values. Returned by {@link VouchersOperations#withResponse()}, the
 * way {@code ResponseEntity} is returned by WebClient's {@code toEntity}.
 * <p>
 * Voucherify documents its request id in error bodies only (see
 * {@link VoucherifyApiException#getRequestId()}); any header the API or a gateway adds to a
 * successful reply is in {@link #headers()}.
 *
 * @param <T> the body type
 * @param status the HTTP status, 2xx
 * @param headers the reply headers, read-only
 * @param body the decoded body; {@code null} for operations that reply with none (delete,
 * session release)
 * @param rateLimit the {@code X-Rate-Limit-*} and {@code Retry-After} values of the reply
 */
public record VoucherifyResponse<T>(int status, HttpHeaders headers, @Nullable T body, VoucherifyErrorResponse.RateLimit rateLimit) {

	public VoucherifyResponse {
		Assert.notNull(headers, "headers must not be null");
		Assert.notNull(rateLimit, "rateLimit must not be null");
		headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/**
	 * A reply whose rate-limit values are read from its headers.
	 * @param <T> the body type
	 * @param status the HTTP status
	 * @param headers the reply headers
	 * @param body the decoded body, or {@code null}
	 * @return the response
	 */
	public static <T> VoucherifyResponse<T> of(int status, HttpHeaders headers, @Nullable T body) {
		return new VoucherifyResponse<>(status, headers, body, VoucherifyErrorResponse.RateLimit.from(headers));
	}

}
