package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sort order of an exported transactions file ({@code parameters.order}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record ExportOrder(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<ExportOrder> VALUES = new OpenEnumValues<>(ExportOrder::new);

	/** {@code created_at}: Oldest first. */
	public static final ExportOrder CREATED_AT = VALUES.declare("created_at");

	/** {@code -created_at}: Newest first. */
	public static final ExportOrder CREATED_AT_DESC = VALUES.declare("-created_at");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ExportOrder {
		value = OpenEnumValues.requireValue(value, "ExportOrder");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the export {@code order}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportOrder of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<ExportOrder> knownValues() {
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
