package dev.vouchkit.voucherify.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of declared constants behind one {@link OpenEnum} type. Filled while the owning
 * type initializes its constants and read-only afterwards.
 *
 * @param <T> the open enum type
 */
final class OpenEnumValues<T extends OpenEnum> {

	private final Map<String, T> known = new LinkedHashMap<>();

	private final Function<String, T> factory;

	OpenEnumValues(Function<String, T> factory) {
		this.factory = factory;
	}

	/** Declares a constant; only called from the owning type's static initializer. */
	T declare(String value) {
		T constant = this.factory.apply(value);
		this.known.put(value, constant);
		return constant;
	}

	/** The declared constant for {@code value}, a new instance for other values, or null. */
	T of(String value) {
		if (value == null) {
			return null;
		}
		T constant = this.known.get(value);
		return (constant != null) ? constant : this.factory.apply(value);
	}

	boolean isKnown(String value) {
		return this.known.containsKey(value);
	}

	List<T> values() {
		return Collections.unmodifiableList(new ArrayList<>(this.known.values()));
	}

}
