package dev.vouchkit.voucherify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

/**
 * The API's request URIs: the base URL, then a path template whose {@code {...}} variables,
 * and every query parameter name and value, are each strictly percent-encoded exactly once,
 * so that a {@code /}, {@code +}, {@code &}, {@code ;}, {@code %} or {@code {...}} in a code
 * or a filter reaches the server as written, never as a separator, a space or a template
 * variable. This is what WebClient's URI templates do with
 * {@code EncodingMode.TEMPLATE_AND_VALUES}, without parsing the base URL and the template
 * again for every request: that cost more than the rest of a request's set-up.
 */
final class ApiUris {

	/**
	 * The request attribute WebClient keeps a URI template in, read by the
	 * {@code http.client.requests} observation for its {@code uri} tag.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final String baseUrl;

	/**
	 * @param baseUrl the API's base URL, without a trailing {@code /}
	 */
	ApiUris(URI baseUrl) {
		this.baseUrl = baseUrl.toString();
	}

	/**
	 * The URI of a path template with its variables replaced, in order, by the values.
	 * @param template the path, e.g. {@code /v1/vouchers/{code}}; its literal parts need no
	 * encoding
	 * @param values one per variable
	 * @return the absolute URI
	 */
	URI expand(String template, String... values) {
		return expand(template, Map.of(), values);
	}

	/**
	 * The URI of a path template with its variables replaced, in order, by the values, and
	 * the query parameters in their map's order.
	 * @param template the path, e.g. {@code /v1/vouchers/{code}}; its literal parts need no
	 * encoding
	 * @param query parameter names with their values, each value sent as its own parameter
	 * @param values one per variable
	 * @return the absolute URI
	 */
	URI expand(String template, Map<String, List<String>> query, String... values) {
		StringBuilder uri = new StringBuilder(this.baseUrl.length() + template.length() + 32).append(this.baseUrl);
		int used = 0;
		int literalStart = 0;
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', literalStart)) {
			int close = template.indexOf('}', open);
			if (used == values.length) {
				throw new IllegalArgumentException("No value for " + template.substring(open, close + 1) + " in "
						+ template);
			}
			uri.append(template, literalStart, open).append(encode(values[used++]));
			literalStart = close + 1;
		}
		if (used != values.length) {
			throw new IllegalArgumentException(values.length + " values for the " + used + " variables of " + template);
		}
		uri.append(template, literalStart, template.length());
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
			String name = encode(parameter.getKey());
			for (String value : parameter.getValue()) {
				uri.append(separator).append(name).append('=').append(encode(value));
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

	/**
	 * The template as WebClient would keep it in {@link #URI_TEMPLATE_ATTRIBUTE}.
	 * @param template the path template
	 * @return the base URL followed by the template, its variables unexpanded
	 */
	String template(String template) {
		return this.baseUrl + template;
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
