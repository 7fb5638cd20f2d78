package dev.vouchkit.voucherify.emulator;

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What a handler sees of one request: decoded path values, query, and a bounded body reader.
 * {@code body} reads the request's body when subscribed, or holds one read earlier (a request
 * applied after its connection is gone).
 */
record Exchange(HttpServerRequest request, RequestTarget target, Map<String, String> pathValues, String requestId,
		Mono<byte[]> body) {

	Exchange(HttpServerRequest request, RequestTarget target, Map<String, String> pathValues, String requestId) {
		this(request, target, pathValues, requestId, BoundedBody.read(request, ErrorReply.MAX_PAYLOAD_BYTES));
	}

	String path(String name) {
		return this.pathValues.get(name);
	}

	RequestTarget.QueryParams query() {
		return this.target.query();
	}

	/** The JSON body; {@link MissingNode} when empty. Over 10 MiB or not JSON: the gateway's errors. */
	Mono<JsonNode> jsonBody() {
		return this.body.map((bytes) -> {
			if (bytes.length == 0) {
				return MissingNode.getInstance();
			}
			try {
				return Json.MAPPER.readTree(bytes);
			}
			catch (JacksonException ex) {
				throw ErrorReply.malformedJson();
			}
		});
	}

}
