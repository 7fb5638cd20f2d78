package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a multi-unit discount's {@code units[]} ({@code DiscountUnitMultipleOneUnit}).
 *
 * @param unitOff how many units are free
 * @param unitOffFormula a formula computing {@code unit_off}, if any
 * @param effect {@code ADD_NEW_ITEMS} or {@code ADD_MISSING_ITEMS}
 * @param unitType the product or SKU id the units are of
 * @param product the product details, if expanded
 * @param sku the SKU details, if expanded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscountUnit(
		@JsonProperty("unit_off") Integer unitOff,
		@JsonProperty("unit_off_formula") String unitOffFormula,
		@JsonProperty("effect") DiscountEffect effect,
		@JsonProperty("unit_type") String unitType,
		@JsonProperty("product") ProductReference product,
		@JsonProperty("sku") ProductReference sku) {

}
