package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reference to another object by id and type, e.g. the voucher a balance belongs to
 * ({@code {"type":"voucher","id":"v_…"}}) or a transaction's {@code event}.
 *
 * @param id the referenced object's id
 * @param type the referenced object's type, e.g. {@code "voucher"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedObject(
		@JsonProperty("id") String id,
		@JsonProperty("type") String type) {

	/** The {@code type} of a voucher reference. */
	public static final String VOUCHER = "voucher";

}
