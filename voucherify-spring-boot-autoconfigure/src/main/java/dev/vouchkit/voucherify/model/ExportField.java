package dev.vouchkit.voucherify.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A column of an exported transactions file ({@code parameters.fields[]}).
 *
 * <p>An {@linkplain OpenEnum open enum}: values this client does not know decode to a new
 * instance (see {@link #isKnown()}) and serialize back unchanged.
 *
 * @param value the raw wire value
 */
public record ExportField(@JsonValue String value) implements OpenEnum {

	private static final OpenEnumValues<ExportField> VALUES = new OpenEnumValues<>(ExportField::new);

	/** {@code id}. */
	public static final ExportField ID = VALUES.declare("id");

	/** {@code type}. */
	public static final ExportField TYPE = VALUES.declare("type");

	/** {@code source_id}. */
	public static final ExportField SOURCE_ID = VALUES.declare("source_id");

	/** {@code reason}. */
	public static final ExportField REASON = VALUES.declare("reason");

	/** {@code balance}. */
	public static final ExportField BALANCE = VALUES.declare("balance");

	/** {@code amount}. */
	public static final ExportField AMOUNT = VALUES.declare("amount");

	/** {@code created_at}. */
	public static final ExportField CREATED_AT = VALUES.declare("created_at");

	/** {@code voucher_id}. */
	public static final ExportField VOUCHER_ID = VALUES.declare("voucher_id");

	/** {@code campaign_id}. */
	public static final ExportField CAMPAIGN_ID = VALUES.declare("campaign_id");

	/** {@code source}. */
	public static final ExportField SOURCE = VALUES.declare("source");

	/** {@code details}. */
	public static final ExportField DETAILS = VALUES.declare("details");

	/** {@code related_transaction_id}. */
	public static final ExportField RELATED_TRANSACTION_ID = VALUES.declare("related_transaction_id");

	/**
	 * Creates a value; prefer {@link #of(String)}, which returns the declared constants.
	 * @param value the raw wire value, not {@code null}
	 */
	public ExportField {
		value = OpenEnumValues.requireValue(value, "ExportField");
	}

	/**
	 * Returns the declared constant for {@code value}, or a new instance for a value this
	 * client does not know. Used by Jackson to decode the export {@code fields}.
	 * @param value the raw wire value
	 * @return the value, or {@code null} when {@code value} is {@code null}
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExportField of(String value) {
		return VALUES.of(value);
	}

	/**
	 * The constants declared by this client version, in declaration order.
	 * @return the known values
	 */
	public static List<ExportField> knownValues() {
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
