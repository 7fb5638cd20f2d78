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

/**
 * An error reply as received: the status, the fields of Voucherify's error body when it
 * had them, the rate-limit headers, and a short excerpt of any other body.
 *
 * @param status HTTP status code
 * @param code {@code code} of the body (usually the status again)
 * @param key machine-readable key such as {@code not_found}
 * @param message short text
 * @param details longer text
 * @param requestId Voucherify's request id
 * @param resourceId the id or code that was looked up
 * @param resourceType e.g. {@code voucher} or {@code session}
 * @param bodyExcerpt the start of the body when it was not Voucherify's error shape
 * @param rateLimit the rate-limit headers of the reply
 */
public record VoucherifyErrorResponse(int status, @Nullable Integer code, @Nullable String key,
		@Nullable String message, @Nullable String details, @Nullable String requestId, @Nullable String resourceId,
		@Nullable String resourceType, @Nullable String bodyExcerpt, RateLimit rateLimit) {

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
		JsonNode json = readObject(body, jsonMapper);
		if (json != null && (json.has("key") || json.has("code") && json.has("message"))) {
			return new VoucherifyErrorResponse(status, intOrNull(json.get("code")), text(json, "key"),
					text(json, "message"), text(json, "details"), text(json, "request_id"),
					text(json, "resource_id"), text(json, "resource_type"), null, rateLimit);
		}
		if (json != null && json.has("statusCode")) {
			// The gateway's own shape, e.g. 413 or a body that is not valid JSON.
			return new VoucherifyErrorResponse(status, intOrNull(json.get("statusCode")), null,
					text(json, "error"), text(json, "message"), null, null, null, null, rateLimit);
		}
		return new VoucherifyErrorResponse(status, null, null, null, null, null, null, null, excerpt(body),
				rateLimit);
	}

	private static @Nullable JsonNode readObject(@Nullable String body, JsonMapper jsonMapper) {
		if (body == null || body.isBlank() || body.stripLeading().charAt(0) != '{') {
			return null;
		}
		try {
			JsonNode node = jsonMapper.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		return (value == null || value.isNull()) ? null : (value.isValueNode() ? value.asString() : value.toString());
	}

	private static @Nullable Integer intOrNull(@Nullable JsonNode value) {
		return (value != null && value.canConvertToInt()) ? value.asInt() : null;
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
		if (this.key != null) {
			text.append(" [").append(this.key).append(']');
		}
		if (this.message != null) {
			text.append(": ").append(this.message);
		}
		if (this.details != null) {
			text.append(" (").append(this.details).append(')');
		}
		if (this.bodyExcerpt != null) {
			text.append(": ").append(this.bodyExcerpt);
		}
		else if (this.key == null && this.message == null && this.details == null) {
			text.append(" with an empty body");
		}
		if (this.requestId != null) {
			text.append("; request id ").append(this.requestId);
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
	 */
	public record RateLimit(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant retryAt,
			@Nullable Duration retryAfter) {

		static RateLimit from(HttpHeaders headers) {
			return new RateLimit(longHeader(headers, "X-Rate-Limit-Limit"),
					longHeader(headers, "X-Rate-Limit-Remaining"), retryAt(headers), retryAfter(headers));
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
