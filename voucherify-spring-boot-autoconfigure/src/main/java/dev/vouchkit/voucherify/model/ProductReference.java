package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The product or SKU a UNIT discount gives away ({@code product} / {@code sku}).
 *
 * @param id the product ({@code prod_…}) or SKU ({@code sku_…}) id
 * @param sourceId the merchant's own id, if set
 * @param name the display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductReference(
		@JsonProperty("id") String id,
		@JsonProperty("source_id") String sourceId,
		@JsonProperty("name") String name) {

}
