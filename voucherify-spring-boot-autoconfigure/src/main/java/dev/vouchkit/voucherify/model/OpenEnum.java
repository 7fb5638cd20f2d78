package dev.vouchkit.voucherify.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum-like value that keeps values this client does not know yet.
 *
 * <p>Voucherify adds enum values over time; a closed Java {@code enum} would either fail to
 * decode them or turn them into {@code null}. Every open enum wraps the raw wire value: known
 * values are exposed as constants (compare with {@code equals}), unknown values decode to a new
 * instance with {@link #isKnown()} {@code false} and serialize back unchanged. Each type also
 * offers {@code of(String)}, which returns the declared constant for a known value (and
 * {@code null} for {@code null}; Jackson decodes with it), and {@code knownValues()}, the
 * constants declared by this client version in declaration order.
 */
public abstract class OpenEnum {

	private final String value;

	private final OpenEnumValues<?> declared;

	OpenEnum(String value, OpenEnumValues<?> declared) {
		if (value == null) {
			throw new IllegalArgumentException(getClass().getSimpleName() + " value must not be null");
		}
		this.value = value;
		this.declared = declared;
	}

	/**
	 * The raw wire value, exactly as sent or received.
	 * @return the value, never {@code null}
	 */
	@JsonValue
	public final String value() {
		return this.value;
	}

	/**
	 * Whether this value is one of the constants declared by this client version.
	 * @return {@code true} for a declared constant
	 */
	public final boolean isKnown() {
		return this.declared.isKnown(this.value);
	}

	@Override
	public final boolean equals(Object other) {
		return this == other
				|| (other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(this.value));
	}

	@Override
	public final int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public final String toString() {
		return this.value;
	}

}
