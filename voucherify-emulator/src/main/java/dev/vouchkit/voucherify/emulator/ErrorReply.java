package dev.vouchkit.voucherify.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * The one place error bodies are made. Thrown by handlers; the dispatcher renders it with the
 * request id. Two shapes exist: the API's ({@code code, key, message, details, request_id,
 * resource_id, resource_type}) and the gateway's ({@code statusCode, error, message}), which the
 * real service uses for bodies it rejects before they reach the API (too large, not JSON).
 */
final class ErrorReply extends RuntimeException {

	static final long MAX_PAYLOAD_BYTES = 10_485_760;

	final int status;

	final String key;

	final String details;

	final String resourceId;

	final String resourceType;

	private final boolean gatewayShape;

	private ErrorReply(int status, String key, String message, String details, String resourceId,
			String resourceType, boolean gatewayShape) {
		super(message, null, false, false);
		this.status = status;
		this.key = key;
		this.details = details;
		this.resourceId = resourceId;
		this.resourceType = resourceType;
		this.gatewayShape = gatewayShape;
	}

	static ErrorReply of(int status, String key, String message, String details) {
		return new ErrorReply(status, key, message, details, null, null, false);
	}

	static ErrorReply notFound(String resourceType, String resourceId) {
		return new ErrorReply(404, "not_found", "Resource not found",
				"Cannot find " + resourceType + " with id " + resourceId, resourceId, resourceType, false);
	}

	static ErrorReply unauthorized() {
		return of(401, "unauthorized", "Unauthorized", null);
	}

	static ErrorReply forbidden(String details) {
		return of(403, "forbidden", "Forbidden", details);
	}

	static ErrorReply invalidPayload(String details) {
		return of(400, "invalid_payload", "Invalid payload", details);
	}

	static ErrorReply invalidQueryParams(String details) {
		return of(400, "invalid_query_params", "Invalid query params", details);
	}

	static ErrorReply invalidBalanceParams(String details) {
		return of(400, "invalid_add_balance_params", "Invalid add balance params", details);
	}

	static ErrorReply invalidExportParams(String details) {
		return of(400, "invalid_export_params", "Invalid export params", details);
	}

	static ErrorReply duplicateCode(String code) {
		return new ErrorReply(409, "duplicate_found", "Duplicated resource found",
				"A voucher with code " + code + " already exists", code, "voucher", false);
	}

	static ErrorReply routeNotFound(String method, String rawPath) {
		return of(404, "not_found", "Resource not found", "Cannot " + method + " " + rawPath);
	}

	static ErrorReply methodNotAllowed(String allowed) {
		return of(405, "method_not_allowed", "Method not allowed", "Allowed methods: " + allowed);
	}

	static ErrorReply tooManyRequests() {
		return of(429, "too_many_requests", "Too many requests", "API calls limit exceeded");
	}

	static ErrorReply internal(String details) {
		return of(500, "internal_error", "Internal error", details);
	}

	static ErrorReply payloadTooLarge() {
		return new ErrorReply(413, null, "Payload content length greater than maximum allowed: " + MAX_PAYLOAD_BYTES,
				"Request Entity Too Large", null, null, true);
	}

	static ErrorReply malformedJson() {
		return new ErrorReply(400, null, "Invalid request payload JSON format", "Bad Request", null, null, true);
	}

	/** A generic body for a scripted status, in the API's shape. */
	static ErrorReply forStatus(int status) {
		String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
		return of(status, reason.toLowerCase().replace(' ', '_'), reason, null);
	}

	ObjectNode toJson(String requestId) {
		ObjectNode body = Json.object();
		if (this.gatewayShape) {
			body.put("statusCode", this.status);
			body.put("error", this.details);
			body.put("message", getMessage());
			return body;
		}
		body.put("code", this.status);
		if (this.key != null) {
			body.put("key", this.key);
		}
		body.put("message", getMessage());
		if (this.details != null) {
			body.put("details", this.details);
		}
		body.put("request_id", requestId);
		if (this.resourceId != null) {
			body.put("resource_id", this.resourceId);
			body.put("resource_type", this.resourceType);
		}
		return body;
	}

}
