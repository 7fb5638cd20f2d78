package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The sort order of the list-voucher-transactions call ({@code order}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class TransactionOrder extends OpenEnum {

	private static final OpenEnumValues<TransactionOrder> VALUES = new OpenEnumValues<>(TransactionOrder::new);

	/** {@code id}: Oldest first. */
	public static final TransactionOrder ID = VALUES.declare("id");

	/** {@code -id}: Newest first (the usual server default). */
	public static final TransactionOrder ID_DESC = VALUES.declare("-id");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public TransactionOrder(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TransactionOrder of(String value) {
		return VALUES.of(value);
	}

	public static List<TransactionOrder> knownValues() {
		return VALUES.values();
	}

}
