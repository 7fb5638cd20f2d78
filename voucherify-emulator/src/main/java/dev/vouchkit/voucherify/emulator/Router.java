package dev.vouchkit.voucherify.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * Matches method and decoded path segments against route templates such as
 * {@code /v1/vouchers/{code}/balance}. Routes are tried in order, so literal routes
 * ({@code /v1/vouchers/importCSV}) are declared before templated ones.
 */
final class Router {

	@FunctionalInterface
	interface Handler {

		Mono<Reply> handle(Exchange exchange);

	}

	record Route(String method, String template, List<String> parts, Operation operation, Handler handler) {
	}

	/** Either a route with its path values, or the methods allowed on a path that exists. */
	record Match(Route route, Map<String, String> pathValues, Set<String> allowedMethods) {

		boolean found() {
			return this.route != null;
		}

	}

	private final List<Route> routes = new ArrayList<>();

	Router add(String method, String template, Operation operation, Handler handler) {
		List<String> parts = List.of(template.substring(1).split("/"));
		this.routes.add(new Route(method, template, parts, operation, handler));
		return this;
	}

	Match match(String method, List<String> segments) {
		Set<String> allowed = new LinkedHashSet<>();
		for (Route route : this.routes) {
			Map<String, String> values = bind(route.parts(), segments);
			if (values == null) {
				continue;
			}
			if (route.method().equals(method)) {
				return new Match(route, values, Set.of());
			}
			allowed.add(route.method());
		}
		return new Match(null, Map.of(), allowed);
	}

	private static Map<String, String> bind(List<String> parts, List<String> segments) {
		if (parts.size() != segments.size()) {
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			String segment = segments.get(i);
			if (part.startsWith("{")) {
				if (segment.isEmpty()) {
					return null;
				}
				values.put(part.substring(1, part.length() - 1), segment);
			}
			else if (!part.equals(segment)) {
				return null;
			}
		}
		return values;
	}

}
