package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The sort order of the list-vouchers call ({@code order}); a leading {@code -} means descending. The server default is newest first.
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class VoucherOrder extends OpenEnum {

	private static final OpenEnumValues<VoucherOrder> VALUES = new OpenEnumValues<>(VoucherOrder::new);

	/** {@code created_at}. */
	public static final VoucherOrder CREATED_AT = VALUES.declare("created_at");

	/** {@code -created_at}. */
	public static final VoucherOrder CREATED_AT_DESC = VALUES.declare("-created_at");

	/** {@code updated_at}. */
	public static final VoucherOrder UPDATED_AT = VALUES.declare("updated_at");

	/** {@code -updated_at}. */
	public static final VoucherOrder UPDATED_AT_DESC = VALUES.declare("-updated_at");

	/** {@code code}. */
	public static final VoucherOrder CODE = VALUES.declare("code");

	/** {@code -code}. */
	public static final VoucherOrder CODE_DESC = VALUES.declare("-code");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public VoucherOrder(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static VoucherOrder of(String value) {
		return VALUES.of(value);
	}

	public static List<VoucherOrder> knownValues() {
		return VALUES.values();
	}

}
