package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a balance change was made by hand or by the system ({@code operation_type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record BalanceOperationType(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<BalanceOperationType> VALUES = new OpenEnumValues<>(BalanceOperationType::new);

	/** {@code MANUAL}: Through the balance endpoint or the dashboard. */
	public static final BalanceOperationType MANUAL = VALUES.declare("MANUAL");

	/** {@code AUTOMATIC}: By redemptions, refunds, expirations and similar. */
	public static final BalanceOperationType AUTOMATIC = VALUES.declare("AUTOMATIC");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public BalanceOperationType {
		value = OpenEnumValues.requireValue(value, "BalanceOperationType");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the balance {@code operation_type}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static BalanceOperationType of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<BalanceOperationType> knownValues() {
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
