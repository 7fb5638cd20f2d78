package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Which balance a balance object describes ({@code type}); lower case on the wire.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class BalanceType extends OpenEnum {

	private static final OpenEnumValues<BalanceType> VALUES = new OpenEnumValues<>(BalanceType::new);

	/** {@code gift_voucher}: A gift card's credits. */
	public static final BalanceType GIFT_VOUCHER = VALUES.declare("gift_voucher");

	/** {@code loyalty_card}: A loyalty card's points. */
	public static final BalanceType LOYALTY_CARD = VALUES.declare("loyalty_card");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public BalanceType(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static BalanceType of(String value) {
		return VALUES.of(value);
	}

	public static List<BalanceType> knownValues() {
		return VALUES.values();
	}

}
