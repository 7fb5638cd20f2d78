package dev.vouchkit.voucherify.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers of the model package: defensive copies for the records' compact constructors
 * and argument checks for the query objects.
 *
 * <p>The copies, unlike {@code List.copyOf} and {@code Map.copyOf}, accept {@code null}
 * elements and values (metadata values may be {@code null}), keep the order, and turn a
 * {@code null} collection into an empty one.
 */
final class ModelSupport {

	private ModelSupport() {
	}

	static <T> List<T> list(List<T> list) {
		if (list == null || list.isEmpty()) {
			return Collections.emptyList();
		}
		return Collections.unmodifiableList(new ArrayList<>(list));
	}

	static <V> Map<String, V> map(Map<String, V> map) {
		if (map == null || map.isEmpty()) {
			return Collections.emptyMap();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/** Checks an optional int against an inclusive range; the message names the parameter. */
	static Integer requireBetween(Integer value, int min, int max, String parameter) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException(
					parameter + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/** Checks an optional int against a lower bound; the message names the parameter. */
	static Integer requireAtLeast(Integer value, int min, String parameter) {
		if (value != null && value < min) {
			throw new IllegalArgumentException(parameter + " must be at least " + min + ", was " + value);
		}
		return value;
	}

	/** Allows {@code null} (not set) but rejects empty and blank text. */
	static String requireNotBlank(String value, String parameter) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(parameter + " must not be blank, was '" + value + "'");
		}
		return value;
	}

	/** Rejects a {@code before} bound that lies before the {@code after} bound. */
	static void requireOrdered(OffsetDateTime before, OffsetDateTime after, String parameter) {
		if (before != null && after != null && before.isBefore(after)) {
			throw new IllegalArgumentException(parameter + "[before] (" + timestamp(before) + ") must not be earlier than "
					+ parameter + "[after] (" + timestamp(after) + ")");
		}
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	/** ISO-8601 in UTC with a {@code Z}, e.g. {@code 2017-09-08T13:52:18.227Z}; no precision is lost. */
	static String timestamp(OffsetDateTime value) {
		return DateTimeFormatter.ISO_INSTANT.format(value.toInstant());
	}

	/** Adds a query parameter unless {@code value} is {@code null}; timestamps go in UTC. */
	static void put(Map<String, List<String>> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name,
					List.of((value instanceof OffsetDateTime timestamp) ? timestamp(timestamp) : value.toString()));
		}
	}

}
