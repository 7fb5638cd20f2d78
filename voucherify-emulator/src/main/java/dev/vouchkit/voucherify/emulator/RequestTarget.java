package dev.vouchkit.voucherify.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request target as received, split before decoding. The path is split on {@code /} first and
 * each segment percent-decoded exactly once as UTF-8, so {@code %2F} stays inside its segment and
 * {@code +} stays {@code +} (RFC 3986 paths). Query values follow application/x-www-form-urlencoded
 * rules, as the real API (Node/express with {@code qs}) applies them: {@code +} becomes a space.
 */
record RequestTarget(String rawPath, String rawQuery, List<String> segments, QueryParams query) {

	static RequestTarget parse(String rawUri) {
		int queryStart = rawUri.indexOf('?');
		String rawPath = queryStart < 0 ? rawUri : rawUri.substring(0, queryStart);
		String rawQuery = queryStart < 0 ? "" : rawUri.substring(queryStart + 1);
		int fragment = rawQuery.indexOf('#');
		if (fragment >= 0) {
			rawQuery = rawQuery.substring(0, fragment);
		}
		List<String> segments = new ArrayList<>();
		for (String segment : rawPath.split("/", -1)) {
			segments.add(percentDecode(segment, false));
		}
		// "/v1/vouchers" splits into "", "v1", "vouchers"; drop the leading empty segment only,
		// so a trailing slash still produces an (empty) segment and does not match a route.
		if (!segments.isEmpty() && segments.get(0).isEmpty()) {
			segments.remove(0);
		}
		return new RequestTarget(rawPath, rawQuery, List.copyOf(segments), QueryParams.parse(rawQuery));
	}

	String rawPathAndQuery() {
		return this.rawQuery.isEmpty() ? this.rawPath : this.rawPath + "?" + this.rawQuery;
	}

	/**
	 * Decodes %XX sequences as UTF-8 bytes. Malformed escapes are kept literally, as lenient
	 * decoders do, rather than failing the request.
	 */
	static String percentDecode(String value, boolean plusAsSpace) {
		if (value.indexOf('%') < 0 && (!plusAsSpace || value.indexOf('+') < 0)) {
			return value;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && i + 2 < value.length() && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
				bytes.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
				i += 2;
			}
			else if (c == '+' && plusAsSpace) {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
					encoded = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(encoded);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

	/** Query parameters in arrival order; repeated keys keep every value. */
	record QueryParams(Map<String, List<String>> values) {

		static QueryParams parse(String rawQuery) {
			Map<String, List<String>> values = new LinkedHashMap<>();
			if (!rawQuery.isEmpty()) {
				for (String pair : rawQuery.split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					int eq = pair.indexOf('=');
					String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq), true);
					String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), true);
					values.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
				}
			}
			return new QueryParams(values);
		}

		String first(String name) {
			List<String> all = this.values.get(name);
			return (all == null || all.isEmpty()) ? null : all.get(0);
		}

		/**
		 * All values of an array parameter, accepting the spellings {@code qs} understands:
		 * {@code ids=a&ids=b}, {@code ids[]=a} and {@code ids[0]=a}.
		 */
		List<String> array(String name) {
			List<String> result = new ArrayList<>();
			this.values.forEach((key, list) -> {
				if (key.equals(name) || key.equals(name + "[]")
						|| (key.startsWith(name + "[") && key.endsWith("]")
								&& key.substring(name.length() + 1, key.length() - 1).chars().allMatch(Character::isDigit))) {
					result.addAll(list);
				}
			});
			return result;
		}

		Integer integer(String name, int min, int max) {
			String value = first(name);
			if (value == null) {
				return null;
			}
			int parsed;
			try {
				parsed = Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				throw ErrorReply.invalidQueryParams("Property ." + name + " should be integer");
			}
			if (parsed < min) {
				throw ErrorReply.invalidQueryParams("Property ." + name + " should be >= " + min);
			}
			if (parsed > max) {
				throw ErrorReply.invalidQueryParams("Property ." + name + " should be <= " + max);
			}
			return parsed;
		}

		String oneOf(String name, String defaultValue, List<String> allowed) {
			String value = first(name);
			if (value == null) {
				return defaultValue;
			}
			if (!allowed.contains(value)) {
				throw ErrorReply.invalidQueryParams(
						"Property ." + name + " should be equal to one of the allowed values: " + String.join(", ", allowed));
			}
			return value;
		}

		boolean bool(String name) {
			String value = first(name);
			// AJV-style coercion as the API applies it: "" and "false" are false.
			if (value == null || value.isEmpty() || value.equals("false")) {
				return false;
			}
			if (value.equals("true")) {
				return true;
			}
			throw ErrorReply.invalidQueryParams("Property ." + name + " should be boolean");
		}

	}

}
