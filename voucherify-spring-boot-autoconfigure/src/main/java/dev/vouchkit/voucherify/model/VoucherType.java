package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a voucher ({@code type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record VoucherType(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<VoucherType> VALUES = new OpenEnumValues<>(VoucherType::new);

	/** {@code GIFT_VOUCHER}: A gift card holding credits in minor units. */
	public static final VoucherType GIFT_VOUCHER = VALUES.declare("GIFT_VOUCHER");

	/** {@code DISCOUNT_VOUCHER}: A discount coupon; see {@link Discount}. */
	public static final VoucherType DISCOUNT_VOUCHER = VALUES.declare("DISCOUNT_VOUCHER");

	/** {@code LOYALTY_CARD}: A loyalty card holding points. */
	public static final VoucherType LOYALTY_CARD = VALUES.declare("LOYALTY_CARD");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public VoucherType {
		value = OpenEnumValues.requireValue(value, "VoucherType");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the voucher {@code type}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VoucherType of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<VoucherType> knownValues() {
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
