package dev.vouchkit.voucherify.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The discount of a {@code DISCOUNT_VOUCHER}. The spec has a {@code oneOf} of five shapes told
 * apart by {@link #type()}; this record is their union, so only the components of the actual
 * shape are set:
 * <ul>
 * <li>{@code AMOUNT}: {@code amountOff}, {@code amountOffFormula}, {@code aggregatedAmountLimit}</li>
 * <li>{@code PERCENT}: {@code percentOff}, {@code percentOffFormula}, {@code amountLimit},
 * {@code aggregatedAmountLimit}</li>
 * <li>{@code FIXED}: {@code fixedAmount}, {@code fixedAmountFormula}</li>
 * <li>{@code UNIT}, one item: {@code unitOff}, {@code unitOffFormula}, {@code unitType},
 * {@code product}, {@code sku}</li>
 * <li>{@code UNIT}, many items: {@code units} (with {@code effect} {@code ADD_MANY_ITEMS})</li>
 * </ul>
 *
 * @param type the discount shape
 * @param amountOff the amount off, in minor units
 * @param amountOffFormula a formula computing {@code amount_off}
 * @param aggregatedAmountLimit cap on the total discount over all items, minor units
 * @param percentOff the percentage off, may have decimals
 * @param percentOffFormula a formula computing {@code percent_off}
 * @param amountLimit cap on a percent discount, minor units
 * @param fixedAmount the price the order or items are set to, minor units
 * @param fixedAmountFormula a formula computing {@code fixed_amount}
 * @param unitOff number of free units (single-unit shape)
 * @param unitOffFormula a formula computing {@code unit_off}
 * @param unitType the product or SKU id of the free units; {@code prod_5h1pp1ng} means free
 * shipping
 * @param product product details of the free unit
 * @param sku SKU details of the free unit
 * @param units the entries of a multi-unit discount; empty otherwise
 * @param effect how the discount is applied
 * @param isDynamic whether the value is computed at redemption time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Discount(
		@JsonProperty("type") DiscountType type,
		@JsonProperty("amount_off") Long amountOff,
		@JsonProperty("amount_off_formula") String amountOffFormula,
		@JsonProperty("aggregated_amount_limit") Long aggregatedAmountLimit,
		@JsonProperty("percent_off") BigDecimal percentOff,
		@JsonProperty("percent_off_formula") String percentOffFormula,
		@JsonProperty("amount_limit") Long amountLimit,
		@JsonProperty("fixed_amount") Long fixedAmount,
		@JsonProperty("fixed_amount_formula") String fixedAmountFormula,
		@JsonProperty("unit_off") Integer unitOff,
		@JsonProperty("unit_off_formula") String unitOffFormula,
		@JsonProperty("unit_type") String unitType,
		@JsonProperty("product") ProductReference product,
		@JsonProperty("sku") ProductReference sku,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("units") List<DiscountUnit> units,
		@JsonProperty("effect") DiscountEffect effect,
		@JsonProperty("is_dynamic") Boolean isDynamic) {

	/** The {@code unit_type} Voucherify uses for free shipping. */
	public static final String FREE_SHIPPING_UNIT_TYPE = "prod_5h1pp1ng";

	public Discount {
		units = ModelSupport.list(units);
	}

	/**
	 * Whether this is a UNIT discount giving free shipping.
	 * @return {@code true} for free shipping
	 */
	@JsonIgnore
	public boolean isFreeShipping() {
		return DiscountType.UNIT.equals(this.type) && FREE_SHIPPING_UNIT_TYPE.equals(this.unitType);
	}

}
