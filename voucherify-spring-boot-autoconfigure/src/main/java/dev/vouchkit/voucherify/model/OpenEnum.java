package dev.vouchkit.voucherify.model;

/**
 * An enum-like value that keeps values this client does not know yet.
 *
 * <p>Voucherify adds enum values over time; a closed Java {@code enum} would either fail to
 * decode them or turn them into {@code null}. Every open enum is a record wrapping the raw wire
 * value: known values are exposed as constants (compare with {@code equals}), unknown values
 * decode to a new instance with {@link #isKnown()} {@code false} and serialize back unchanged.
 */
public interface OpenEnum {

	/**
	 * The raw wire value, exactly as sent or received.
	 * @return the value, never {@code null}
	 */
	String value();

	/**
	 * Whether this value is one of the constants declared by this client version.
	 * @return {@code true} for a declared constant
	 */
	boolean isKnown();

}
