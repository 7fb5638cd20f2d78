package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of a {@link Discount} ({@code discount.type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class DiscountType extends OpenEnum {

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
	public DiscountType(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DiscountType of(String value) {
		return VALUES.of(value);
	}

	public static List<DiscountType> knownValues() {
		return VALUES.values();
	}

}
