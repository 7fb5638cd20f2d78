package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Whether a balance change was made by hand or by the system ({@code operation_type}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class BalanceOperationType extends OpenEnum {

	private static final OpenEnumValues<BalanceOperationType> VALUES = new OpenEnumValues<>(BalanceOperationType::new);

	/** {@code MANUAL}: Through the balance endpoint or the dashboard. */
	public static final BalanceOperationType MANUAL = VALUES.declare("MANUAL");

	/** {@code AUTOMATIC}: By redemptions, refunds, expirations and similar. */
	public static final BalanceOperationType AUTOMATIC = VALUES.declare("AUTOMATIC");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public BalanceOperationType(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static BalanceOperationType of(String value) {
		return VALUES.of(value);
	}

	public static List<BalanceOperationType> knownValues() {
		return VALUES.values();
	}

}
