package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The sort order of an exported transactions file ({@code parameters.order}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 */
public final class ExportOrder extends OpenEnum {

	private static final OpenEnumValues<ExportOrder> VALUES = new OpenEnumValues<>(ExportOrder::new);

	/** {@code created_at}: Oldest first. */
	public static final ExportOrder CREATED_AT = VALUES.declare("created_at");

	/** {@code -created_at}: Newest first. */
	public static final ExportOrder CREATED_AT_DESC = VALUES.declare("-created_at");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ExportOrder(String value) {
		super(value, VALUES);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportOrder of(String value) {
		return VALUES.of(value);
	}

	public static List<ExportOrder> knownValues() {
		return VALUES.values();
	}

}
