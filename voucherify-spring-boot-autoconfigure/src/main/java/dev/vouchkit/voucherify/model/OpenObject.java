package dev.vouchkit.voucherify.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reply object that keeps the keys this client does not map yet.
 *
 * <p>Voucherify adds fields over time, and some it sends are not in its published spec. Rather
 * than drop them, every reply object decodes them into {@link #other()}, as plain decoded JSON
 * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or
 * {@code null}), and writes them back out unchanged, so a field the records do not carry yet
 * stays readable:
 * <pre class="code">
 * Object tier = voucher.other("loyalty_tier");
 * </pre>
 * They take part in {@code equals}, {@code hashCode} and {@code toString} like any other
 * component.
 */
public interface OpenObject {

	/**
	 * The keys of the JSON object that have no component of their own.
	 * @return an unmodifiable map, empty when every key is mapped; values may be {@code null}
	 */
	Map<String, Object> other();

	/**
	 * The value of one key that has no component of its own.
	 * @param name the JSON key, as sent, e.g. {@code loyalty_tier}
	 * @return the decoded value, or {@code null} when the key was absent or {@code null}
	 */
	default @Nullable Object other(String name) {
		return other().get(name);
	}

}
