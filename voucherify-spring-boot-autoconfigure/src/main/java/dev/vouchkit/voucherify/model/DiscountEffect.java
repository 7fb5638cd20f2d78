package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a {@link Discount} (or one of its units) is applied ({@code effect}). The union of the effect values of all discount shapes.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class DiscountEffect extends OpenEnum {

	private static final OpenEnumValues<DiscountEffect> VALUES = new OpenEnumValues<>(DiscountEffect::new);

	/** {@code APPLY_TO_ORDER}. */
	public static final DiscountEffect APPLY_TO_ORDER = VALUES.declare("APPLY_TO_ORDER");

	/** {@code APPLY_TO_ITEMS}. */
	public static final DiscountEffect APPLY_TO_ITEMS = VALUES.declare("APPLY_TO_ITEMS");

	/** {@code APPLY_TO_ITEMS_PROPORTIONALLY}: AMOUNT only. */
	public static final DiscountEffect APPLY_TO_ITEMS_PROPORTIONALLY = VALUES.declare("APPLY_TO_ITEMS_PROPORTIONALLY");

	/** {@code APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY}: AMOUNT only. */
	public static final DiscountEffect APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY = VALUES.declare("APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY");

	/** {@code APPLY_TO_ITEMS_BY_QUANTITY}: AMOUNT only. */
	public static final DiscountEffect APPLY_TO_ITEMS_BY_QUANTITY = VALUES.declare("APPLY_TO_ITEMS_BY_QUANTITY");

	/** {@code ADD_MISSING_ITEMS}: UNIT only. */
	public static final DiscountEffect ADD_MISSING_ITEMS = VALUES.declare("ADD_MISSING_ITEMS");

	/** {@code ADD_NEW_ITEMS}: UNIT only. */
	public static final DiscountEffect ADD_NEW_ITEMS = VALUES.declare("ADD_NEW_ITEMS");

	/** {@code ADD_MANY_ITEMS}: UNIT with several {@code units}. */
	public static final DiscountEffect ADD_MANY_ITEMS = VALUES.declare("ADD_MANY_ITEMS");

	/** {@code ADD_SAME_ITEMS}: UNIT only. */
	public static final DiscountEffect ADD_SAME_ITEMS = VALUES.declare("ADD_SAME_ITEMS");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public DiscountEffect(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DiscountEffect of(String value) {
		return VALUES.of(value);
	}

	public static List<DiscountEffect> knownValues() {
		return VALUES.values();
	}

}
