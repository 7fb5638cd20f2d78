package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of a voucher ({@code type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class VoucherType extends OpenEnum {

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
	public VoucherType(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VoucherType of(String value) {
		return VALUES.of(value);
	}

	public static List<VoucherType> knownValues() {
		return VALUES.values();
	}

}
