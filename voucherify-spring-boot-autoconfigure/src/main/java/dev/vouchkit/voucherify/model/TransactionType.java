package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of a {@link VoucherTransaction} ({@code type}): {@code CREDITS_*} for gift cards, {@code POINTS_*} and {@code PENDING_POINTS_ACTIVATION} for loyalty cards.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class TransactionType extends OpenEnum {

	private static final OpenEnumValues<TransactionType> VALUES = new OpenEnumValues<>(TransactionType::new);

	/** {@code CREDITS_REDEMPTION}. */
	public static final TransactionType CREDITS_REDEMPTION = VALUES.declare("CREDITS_REDEMPTION");

	/** {@code CREDITS_REFUND}. */
	public static final TransactionType CREDITS_REFUND = VALUES.declare("CREDITS_REFUND");

	/** {@code CREDITS_ADDITION}. */
	public static final TransactionType CREDITS_ADDITION = VALUES.declare("CREDITS_ADDITION");

	/** {@code CREDITS_REMOVAL}. */
	public static final TransactionType CREDITS_REMOVAL = VALUES.declare("CREDITS_REMOVAL");

	/** {@code POINTS_ACCRUAL}. */
	public static final TransactionType POINTS_ACCRUAL = VALUES.declare("POINTS_ACCRUAL");

	/** {@code POINTS_REDEMPTION}. */
	public static final TransactionType POINTS_REDEMPTION = VALUES.declare("POINTS_REDEMPTION");

	/** {@code POINTS_REFUND}. */
	public static final TransactionType POINTS_REFUND = VALUES.declare("POINTS_REFUND");

	/** {@code POINTS_ADDITION}. */
	public static final TransactionType POINTS_ADDITION = VALUES.declare("POINTS_ADDITION");

	/** {@code POINTS_REMOVAL}. */
	public static final TransactionType POINTS_REMOVAL = VALUES.declare("POINTS_REMOVAL");

	/** {@code POINTS_EXPIRATION}. */
	public static final TransactionType POINTS_EXPIRATION = VALUES.declare("POINTS_EXPIRATION");

	/** {@code POINTS_TRANSFER_IN}. */
	public static final TransactionType POINTS_TRANSFER_IN = VALUES.declare("POINTS_TRANSFER_IN");

	/** {@code POINTS_TRANSFER_OUT}. */
	public static final TransactionType POINTS_TRANSFER_OUT = VALUES.declare("POINTS_TRANSFER_OUT");

	/** {@code PENDING_POINTS_ACTIVATION}. */
	public static final TransactionType PENDING_POINTS_ACTIVATION = VALUES.declare("PENDING_POINTS_ACTIVATION");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public TransactionType(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TransactionType of(String value) {
		return VALUES.of(value);
	}

	public static List<TransactionType> knownValues() {
		return VALUES.values();
	}

}
