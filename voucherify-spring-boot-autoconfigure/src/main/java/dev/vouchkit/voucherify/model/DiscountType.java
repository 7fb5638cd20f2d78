package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a {@link Discount} ({@code discount.type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record DiscountType(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<DiscountType> VALUES = new OpenEnumValues<>(DiscountType::new);

	/** {@code AMOUNT}: A fixed amount off ({@code amount_off}, minor units). */
	public static final DiscountType AMOUNT = VALUES.declare("AMOUNT");

	/** {@code PERCENT}: A percentage off ({@code percent_off}). */
	public static final DiscountType PERCENT = VALUES.declare("PERCENT");

	/** {@code FIXED}: The order or items cost a fixed price ({@code fixed_amount}). */
	public static final DiscountType FIXED = VALUES.declare("FIXED");

	/** {@code UNIT}: Free units of a product or SKU; free shipping is a UNIT discount on {@code prod_5h1pp1ng}. */
	public static final DiscountType UNIT = VALUES.declare("UNIT");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public DiscountType {
		value = OpenEnumValues.requireValue(value, "DiscountType");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the discount {@code type}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DiscountType of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<DiscountType> knownValues() {
		return VALUES.values();
	}

	@Override
	public boolean isKnown() {
		return VALUES.isKnown(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
