package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of an error reply ({@code Error} in the spec), e.g.
 * {@code {"code":404,"key":"not_found","message":"Resource not found","details":"Cannot find voucher with id X","request_id":"v-…","resource_id":"X","resource_type":"voucher"}}.
 *
 * <p>Also decodes the gateway's shape ({@code {"statusCode":413,"error":"Request Entity Too
 * Large","message":"…"}}): {@code statusCode} is kept and the {@code error} text lands in
 * {@code error.message}. Use {@link #httpStatus()} for either.
 *
 * @param code the HTTP status
 * @param key a machine key such as {@code not_found} or {@code invalid_payload}
 * @param message a short text
 * @param details a longer text
 * @param requestId the request id, {@code v-…}
 * @param resourceId the id or code that was looked up, as sent
 * @param resourceType the kind of resource, e.g. {@code voucher} or {@code session}
 * @param error a custom message set on a validation rule
 * @param relatedObjectIds ids of related objects, when sent
 * @param relatedObjectType the type of those objects
 * @param relatedObjectTotal how many related objects there are
 * @param statusCode the HTTP status in gateway errors
 * @param other any further keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
		@JsonProperty("code") Integer code,
		@JsonProperty("key") String key,
		@JsonProperty("message") String message,
		@JsonProperty("details") String details,
		@JsonProperty("request_id") String requestId,
		@JsonProperty("resource_id") String resourceId,
		@JsonProperty("resource_type") String resourceType,
		@JsonProperty("error") ErrorMessage error,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("related_object_ids") List<String> relatedObjectIds,
		@JsonProperty("related_object_type") String relatedObjectType,
		@JsonProperty("related_object_total") Long relatedObjectTotal,
		@JsonProperty("statusCode") Integer statusCode,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public ApiError {
		relatedObjectIds = ModelSupport.list(relatedObjectIds);
		other = ModelSupport.map(other);
	}

	/**
	 * The HTTP status given in the body: {@code code}, else the gateway's {@code statusCode}.
	 * @return the status, or {@code null} when the body has neither
	 */
	@JsonIgnore
	public Integer httpStatus() {
		return (this.code != null) ? this.code : this.statusCode;
	}

	/**
	 * A custom error message ({@code error.message}).
	 *
	 * @param message the message
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ErrorMessage(@JsonProperty("message") String message) {

		/**
		 * Decodes the plain-text {@code error} of gateway errors.
		 * @param message the text
		 * @return the message
		 */
		public static ErrorMessage valueOf(String message) {
			return new ErrorMessage(message);
		}

	}

}
