package dev.vouchkit.voucherify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import dev.vouchkit.voucherify.model.ApiError;

/**
 * An error reply as received: the status, Voucherify's error body when the reply had one
 * (the API's {@code {code, key, message, ...}} or the gateway's
 * {@code {statusCode, error, message}}), the rate-limit headers, and a short excerpt of
 * any other body (a proxy's HTML page, plain text).
 *
 * @param status HTTP status code
 * @param body the error body, or {@code null} when the reply had none of either shape
 * @param bodyExcerpt the start of the body when it was not an error body
 * @param rateLimit the rate-limit headers of the reply
 */
public record VoucherifyErrorResponse(int status, @Nullable ApiError body, @Nullable String bodyExcerpt,
		RateLimit rateLimit) {

	private static final int EXCERPT_LENGTH = 200;

	/**
	 * Parses an error reply. Never fails: a body that is not JSON, or JSON of another
	 * shape, is kept as an excerpt.
	 * @param status the HTTP status
	 * @param headers the reply headers
	 * @param body the body, possibly empty
	 * @param jsonMapper mapper for the body
	 * @return the parsed reply
	 */
	public static VoucherifyErrorResponse parse(int status, HttpHeaders headers, @Nullable String body,
			JsonMapper jsonMapper) {
		RateLimit rateLimit = RateLimit.from(headers);
		ApiError error = readErrorBody(body, jsonMapper);
		return (error != null) ? new VoucherifyErrorResponse(status, error, null, rateLimit)
				: new VoucherifyErrorResponse(status, null, excerpt(body), rateLimit);
	}

	private static @Nullable ApiError readErrorBody(@Nullable String body, JsonMapper jsonMapper) {
		if (body == null || body.isBlank() || body.stripLeading().charAt(0) != '{') {
			return null;
		}
		try {
			JsonNode json = jsonMapper.readTree(body);
			boolean errorShape = json != null && json.isObject()
					&& (json.has("key") || json.has("statusCode") || json.has("code") && json.has("message"));
			return errorShape ? jsonMapper.treeToValue(json, ApiError.class) : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** @return Voucherify's machine-readable key, e.g. {@code not_found}, or {@code null} */
	public @Nullable String key() {
		return (this.body != null) ? this.body.key() : null;
	}

	/** @return the short text of the error body, or {@code null} */
	public @Nullable String message() {
		return (this.body != null) ? this.body.message() : null;
	}

	/** @return the longer text of the error body, or {@code null} */
	public @Nullable String details() {
		return (this.body != null) ? this.body.details() : null;
	}

	/** @return Voucherify's request id, or {@code null} */
	public @Nullable String requestId() {
		return (this.body != null) ? this.body.requestId() : null;
	}

	/** @return the id or code the API looked up, or {@code null} */
	public @Nullable String resourceId() {
		return (this.body != null) ? this.body.resourceId() : null;
	}

	/** @return the kind of resource, e.g. {@code voucher} or {@code session}, or {@code null} */
	public @Nullable String resourceType() {
		return (this.body != null) ? this.body.resourceType() : null;
	}

	/**
	 * The {@code error.message} of a validation rule's custom error, or the gateway's
	 * {@code error} text.
	 * @return the text, or {@code null}
	 */
	public @Nullable String errorMessage() {
		return (this.body != null && this.body.error() != null) ? this.body.error().message() : null;
	}

	static @Nullable String excerpt(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return (flat.length() <= EXCERPT_LENGTH) ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
	}

	/**
	 * The exception type that matches this reply's status.
	 * @param operation the operation that received it
	 * @return the exception to signal
	 */
	public VoucherifyApiException toException(@Nullable VoucherifyOperation operation) {
		return switch (this.status) {
			case 400, 413, 422 -> new VoucherifyBadRequestException(this, operation);
			case 401, 403 -> new VoucherifyAuthenticationException(this, operation);
			case 404 -> new VoucherifyNotFoundException(this, operation);
			case 409 -> new VoucherifyConflictException(this, operation);
			case 429 -> new VoucherifyRateLimitException(this, operation);
			case 502, 503, 504 -> new VoucherifyServiceUnavailableException(this, operation);
			default -> (this.status >= 500) ? new VoucherifyServerException(this, operation)
					: new VoucherifyApiException(this, operation);
		};
	}

	String describe(String what) {
		StringBuilder text = new StringBuilder(what).append(" failed with HTTP ").append(this.status);
		if (key() != null) {
			text.append(" [").append(key()).append(']');
		}
		if (errorMessage() != null) {
			text.append(": ").append(errorMessage());
		}
		if (message() != null) {
			text.append(": ").append(message());
		}
		if (details() != null) {
			text.append(" (").append(details()).append(')');
		}
		if (this.bodyExcerpt != null) {
			text.append(": ").append(this.bodyExcerpt);
		}
		else if (this.body == null) {
			text.append(" with an empty body");
		}
		if (requestId() != null) {
			text.append("; request id ").append(requestId());
		}
		if (this.rateLimit.limitType() != null) {
			text.append("; limit type ").append(this.rateLimit.limitType());
			if (VoucherifyRateLimitException.CYCLE_LIMIT_TYPE.equals(this.rateLimit.limitType())) {
				text.append(" (the billing cycle's quota is used up: waiting minutes will not help)");
			}
		}
		if (this.rateLimit.retryAfter() != null) {
			text.append("; retry after ").append(this.rateLimit.retryAfter().toSeconds()).append('s');
		}
		return text.toString();
	}

	/**
	 * Voucherify's rate-limit headers, sent on every reply.
	 *
	 * @param limit {@code X-Rate-Limit-Limit}: calls allowed in the period
	 * @param remaining {@code X-Rate-Limit-Remaining}: calls left in the period
	 * @param retryAt {@code X-Rate-Limit-Retry}: when calling is allowed again
	 * @param retryAfter {@code Retry-After}: how long to wait, sent once the limit is hit
	 * @param limitType {@code X-Rate-Limit-Type}, only on a 429: which quota is used up,
	 * e.g. {@code api_calls} (the per-minute window) or {@code api_calls_cycle} (the
	 * billing cycle's)
	 */
	public record RateLimit(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant retryAt,
			@Nullable Duration retryAfter, @Nullable String limitType) {

		/** A reply without any rate-limit header, or no reply at all. */
		public static final RateLimit NONE = new RateLimit(null, null, null, null, null);

		/**
		 * Reads the rate-limit headers of a reply.
		 * @param headers the reply headers
		 * @return what they say; unreadable values are left out
		 */
		public static RateLimit from(HttpHeaders headers) {
			String limitType = headers.getFirst("X-Rate-Limit-Type");
			return new RateLimit(longHeader(headers, "X-Rate-Limit-Limit"),
					longHeader(headers, "X-Rate-Limit-Remaining"), retryAt(headers), retryAfter(headers),
					(limitType != null && !limitType.isBlank()) ? limitType.trim() : null);
		}

		/**
		 * Whether the reply carried the quota headers.
		 * @return {@code true} when it said the limit or what remains of it
		 */
		public boolean isReported() {
			return this.limit != null || this.remaining != null;
		}

		private static @Nullable Long longHeader(HttpHeaders headers, String name) {
			String value = headers.getFirst(name);
			if (value == null) {
				return null;
			}
			try {
				return Long.parseLong(value.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private static @Nullable Instant retryAt(HttpHeaders headers) {
			Long epochSeconds = longHeader(headers, "X-Rate-Limit-Retry");
			return (epochSeconds != null) ? Instant.ofEpochSecond(epochSeconds) : null;
		}

		private static @Nullable Duration retryAfter(HttpHeaders headers) {
			String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
			}
			catch (NumberFormatException ex) {
				// Retry-After may also be an HTTP date.
				try {
					ZonedDateTime date = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
					Duration wait = Duration.between(Instant.now(), date.toInstant());
					return wait.isNegative() ? Duration.ZERO : wait;
				}
				catch (DateTimeParseException notADate) {
					return null;
				}
			}
		}

	}

}
