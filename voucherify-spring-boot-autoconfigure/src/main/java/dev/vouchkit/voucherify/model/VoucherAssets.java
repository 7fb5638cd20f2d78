package dev.vouchkit.voucherify.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The rendered code images of a voucher ({@code assets}). Other asset kinds the API may add
 * are kept in {@link #other()}.
 *
 * @param qr the QR code
 * @param barcode the barcode
 * @param other any further asset keys, as decoded JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherAssets(
		@JsonProperty("qr") Asset qr,
		@JsonProperty("barcode") Asset barcode,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public VoucherAssets {
		other = ModelSupport.map(other);
	}

	/**
	 * One rendered image.
	 *
	 * @param id an encrypted token identifying the image
	 * @param url where to fetch it; the spec examples hold a placeholder
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Asset(
			@JsonProperty("id") String id,
			@JsonProperty("url") String url) {

	}

}
