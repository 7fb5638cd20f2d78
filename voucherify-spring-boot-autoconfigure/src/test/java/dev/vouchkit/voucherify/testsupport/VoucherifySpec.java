package dev.vouchkit.voucherify.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import mockwebserver3.RecordedRequest;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test access to the vendor's OpenAPI description of the Vouchers API,
 * the repository's {@code spec/vouchers-openapi.json}: its examples, and validation of requests
 * (and responses) against it with Atlassian's swagger-request-validator.
 *
 * <p>The file is looked up in the folder named by the {@code voucherify.spec.dir} system property
 * (set by the build to the repository's {@code spec} folder), else in {@code ../spec} relative to
 * the module directory (an IDE's working directory). A missing file fails every test that needs
 * it, naming where it was looked for; nothing is skipped.
 *
 * <pre>{@code
 * RecordedRequest recorded = server.takeRequest();
 * VoucherifySpec.assertValidRequest(recorded);                  // straight from MockWebServer
 * VoucherifySpec.assertValidRequest("POST", "/v1/vouchers/GIFT-1/balance",
 *         VoucherifySpec.authHeaders(), "application/json", "{\"amount\":100}");
 * }</pre>
 *
 * <p>Spec bugs are whitelisted one by one in {@link #KNOWN_SPEC_BUGS}; everything else is
 * validated.
 */
public final class VoucherifySpec {

	/** The system property naming the repository's spec folder. */
	public static final String SPEC_DIR_PROPERTY = "voucherify.spec.dir";

	/** The spec's file name inside the spec folder. */
	public static final String SPEC_FILE = "vouchers-openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Known bugs and documented leniencies of the vendor spec (see API-NOTES §2 and §8),
	 * whitelisted one by one and narrowly: by operation, message key and, where useful, the
	 * offending location. Everything else is validated.
	 */
	private static final ValidationErrorsWhitelist KNOWN_SPEC_BUGS = ValidationErrorsWhitelist.create()
		// VoucherTransactionsExportFilterConditions gives the $in items `maxLength: 1`, yet the
		// server puts the voucher code there ("HRwc0oHz" in the spec's own example).
		.withRule("export filters $in maxLength: 1",
				WhitelistRules.allOf(WhitelistRules.isResponse(), operationIs("export-voucher-transactions"),
						WhitelistRules.messageHasKey("validation.response.body.schema.maxLength"),
						WhitelistRules.messageContainsSubstring("/parameters/filters/voucher_id/conditions/$in/")))
		// The export body is marked `required: true`, but the spec documents the reply to a
		// request without a body (the "No request body" example).
		.withRule("export request body is optional",
				WhitelistRules.allOf(WhitelistRules.isRequest(), operationIs("export-voucher-transactions"),
						WhitelistRules.messageHasKey("validation.request.body.missing")))
		// enable/disable declare no body; the official SDKs send `{}` (API-NOTES 2.4). Only an
		// empty JSON object is let through.
		.withRule("enable/disable accept an empty JSON object",
				WhitelistRules.allOf(WhitelistRules.isRequest(),
						operationIs("enable-voucher").or(operationIs("disable-voucher")),
						WhitelistRules.messageHasKey("validation.request.body.unexpected"), VoucherifySpec::bodyIsEmptyObject))
		// list-voucher-transactions: the spec dropped `page` for the cursor, but the API and
		// the JS SDK still accept it (deprecated; API-NOTES 2.6).
		.withRule("transactions accept the deprecated page parameter",
				WhitelistRules.allOf(WhitelistRules.isRequest(), operationIs("list-voucher-transactions"),
						WhitelistRules.messageHasKey("validation.request.parameter.query.unexpected"),
						WhitelistRules.messageContainsSubstring("'page'")))
		// Responses: the API (and every spec example) sends explicit nulls for fields the
		// schemas do not mark nullable (discount, gift, additional_info, start_date, ...).
		.withRule("responses carry explicit nulls for non-nullable fields",
				WhitelistRules.allOf(WhitelistRules.isResponse(),
						WhitelistRules.anyOf(
								WhitelistRules.allOf(WhitelistRules.messageHasKey("validation.response.body.schema.type"),
										WhitelistRules.messageContainsSubstring("Instance type (null)")),
								// `discount: null` fails each of the five oneOf branches for being null
								WhitelistRules.allOf(WhitelistRules.messageHasKey("validation.response.body.schema.oneOf"),
										VoucherifySpec::allBranchesRejectOnlyNull))))
		// `redemption.redeemed_amount` is sent for gift cards (and shown in the examples) but
		// the schema does not declare it.
		.withRule("undeclared redemption.redeemed_amount",
				WhitelistRules.allOf(WhitelistRules.isResponse(),
						WhitelistRules.messageHasKey("validation.response.body.schema.additionalProperties"),
						WhitelistRules.messageContainsRegexp("/redemption'\\].*\\[\"redeemed_amount\"\\]")))
		// Not a spec bug but a validator limitation: merging VoucherTransaction's allOf turns
		// `type` (a oneOf of two string enums) into an object schema, so every string fails.
		.withRule("validator cannot merge the transaction type oneOf",
				WhitelistRules.allOf(WhitelistRules.isResponse(), operationIs("list-voucher-transactions"),
						WhitelistRules.messageHasKey("validation.response.body.schema.type"),
						WhitelistRules.messageContainsRegexp("\\[Path '/data/\\d+/type'\\] Instance type \\(string\\)")));

	/**
	 * Unexpected query parameters are errors here (the library's default ignores them), so a
	 * misspelt parameter name fails the check.
	 */
	private static final LevelResolver LEVELS = LevelResolver.create()
		.withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
		.build();

	private static final Pattern MULTIPART_FILE_PART = Pattern
		.compile("(?im)^Content-Disposition:\\s*form-data;.*\\bname=\"?file\"?(;|\\s*$)");

	private static volatile Path specPath;

	private static volatile JsonNode spec;

	private static volatile OpenApiInteractionValidator validator;

	private VoucherifySpec() {
	}

	/**
	 * The location of the spec file.
	 * @return the path of an existing file
	 * @throws IllegalStateException when the file is missing, naming where it was looked for
	 */
	public static Path specPath() {
		if (specPath == null) {
			specPath = locate(System.getProperty(SPEC_DIR_PROPERTY));
		}
		return specPath;
	}

	/**
	 * The parsed spec.
	 * @return the spec's JSON tree (Jackson 3)
	 */
	public static JsonNode spec() {
		JsonNode result = spec;
		if (result == null) {
			synchronized (VoucherifySpec.class) {
				result = spec;
				if (result == null) {
					result = JSON.readTree(read());
					spec = result;
				}
			}
		}
		return result;
	}

	/**
	 * The {@code operationId}s of all operations, in spec order.
	 * @return the ids
	 */
	public static List<String> operationIds() {
		List<String> ids = new ArrayList<>();
		forEachOperation(spec(), (path, method, operation) -> ids.add(operation.path("operationId").asString()));
		return ids;
	}

	/**
	 * Every example of every 2xx and 4xx JSON response of an operation, whether given as
	 * {@code example} or {@code examples} (local {@code $ref}s to
	 * {@code #/components/examples} are resolved).
	 * @param operationId the operation, e.g. {@code get-voucher}
	 * @return the examples in spec order
	 * @throws IllegalArgumentException for an unknown operation
	 */
	public static List<ResponseExample> responseExamples(String operationId) {
		return responseExamples(spec(), operationId);
	}

	/** {@link #responseExamples(String)} on a given spec document. */
	static List<ResponseExample> responseExamples(JsonNode document, String operationId) {
		List<ResponseExample> examples = new ArrayList<>();
		boolean[] found = { false };
		forEachOperation(document, (path, method, operation) -> {
			if (!operationId.equals(operation.path("operationId").asString())) {
				return;
			}
			found[0] = true;
			for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
				String status = response.getKey();
				if (!(status.startsWith("2") || status.startsWith("4"))) {
					continue;
				}
				for (Map.Entry<String, JsonNode> media : resolve(document, response.getValue()).path("content")
						.properties()) {
					if (!media.getKey().toLowerCase(Locale.ROOT).contains("json")) {
						continue;
					}
					JsonNode mediaType = media.getValue();
					if (mediaType.has("example")) {
						examples.add(new ResponseExample(operationId, method, path, Integer.parseInt(status), "example",
								mediaType.get("example")));
					}
					for (Map.Entry<String, JsonNode> named : mediaType.path("examples").properties()) {
						JsonNode example = resolve(document, named.getValue());
						if (example.has("value")) {
							examples.add(new ResponseExample(operationId, method, path, Integer.parseInt(status),
									named.getKey(), example.get("value")));
						}
					}
				}
			}
		});
		if (!found[0]) {
			throw new IllegalArgumentException("No operation " + operationId + " in the spec");
		}
		return examples;
	}

	/**
	 * The response examples of all operations.
	 * @return the examples in spec order
	 */
	public static List<ResponseExample> allResponseExamples() {
		return operationIds().stream()
			.flatMap((id) -> responseExamples(id).stream())
			.collect(Collectors.toUnmodifiableList());
	}

	/**
	 * Dummy values for the two auth headers the spec's security scheme requires,
	 * {@code X-App-Id} and {@code X-App-Token}.
	 * @return a new mutable map holding both
	 */
	public static Map<String, String> authHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-App-Id", "test-app-id");
		headers.put("X-App-Token", "test-app-token");
		return headers;
	}

	/**
	 * Validates a request as captured by MockWebServer: method, request target (path and raw
	 * query), all headers and the body.
	 * @param recorded the captured request
	 * @throws AssertionError with the validator's report when the request is invalid
	 */
	public static void assertValidRequest(RecordedRequest recorded) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : recorded.getHeaders().names()) {
			headers.put(name, String.join(", ", recorded.getHeaders().values(name)));
		}
		String body = (recorded.getBody() != null && recorded.getBody().size() > 0) ? recorded.getBody().utf8() : null;
		assertValidRequest(recorded.getMethod(), recorded.getTarget(), headers, recorded.getHeaders().get("Content-Type"),
				body);
	}

	/**
	 * Validates a request against the spec: the operation must exist, the path, query
	 * (deepObject and exploded arrays included), headers (the {@code X-App-Id} /
	 * {@code X-App-Token} security scheme included), content type and body must match.
	 * Known spec bugs are whitelisted, nothing else.
	 * @param method the HTTP method, e.g. {@code "GET"}
	 * @param pathWithRawQuery the request target as sent, e.g.
	 * {@code /v1/vouchers?limit=10&created_at%5Bbefore%5D=2024-01-01T00:00:00Z}; the query is
	 * percent-decoded here, the path is matched as is
	 * @param headers the request headers (names are case-insensitive); may be {@code null}
	 * @param contentType the {@code Content-Type}, or {@code null} (then taken from
	 * {@code headers}, if there)
	 * @param body the body, or {@code null}/empty for none
	 * @throws AssertionError with the validator's report when the request is invalid
	 */
	public static void assertValidRequest(String method, String pathWithRawQuery, Map<String, String> headers,
			String contentType, String body) {
		ValidationReport report = validateRequest(method, pathWithRawQuery, headers, contentType, body);
		if (report.hasErrors()) {
			throw new AssertionError("Request " + method + " " + pathWithRawQuery + " does not match " + SPEC_FILE
					+ ":\n" + format(report) + ((body != null) ? "\nbody: " + body : ""));
		}
	}

	/**
	 * Validates a request like {@link #assertValidRequest(String, String, Map, String, String)}
	 * but returns the report, for tests that expect a request to be invalid.
	 * @param method the HTTP method
	 * @param pathWithRawQuery the request target as sent
	 * @param headers the request headers; may be {@code null}
	 * @param contentType the {@code Content-Type}, or {@code null}
	 * @param body the body, or {@code null}
	 * @return the report; whitelisted messages have level IGNORE
	 */
	public static ValidationReport validateRequest(String method, String pathWithRawQuery, Map<String, String> headers,
			String contentType, String body) {
		return validator().validateRequest(toRequest(method, pathWithRawQuery, headers, contentType, body));
	}

	/**
	 * Validates a response (status, content type, body against the response schema) for the
	 * operation matching {@code method} and {@code path}; useful to check an emulator or a
	 * hand-written stub.
	 * @param method the HTTP method
	 * @param path the request path, without query
	 * @param status the response status
	 * @param contentType the response {@code Content-Type}, or {@code null}
	 * @param body the response body, or {@code null}
	 * @throws AssertionError with the validator's report when the response is invalid
	 */
	public static void assertValidResponse(String method, String path, int status, String contentType, String body) {
		ValidationReport report = validateResponse(method, path, status, contentType, body);
		if (report.hasErrors()) {
			throw new AssertionError("Response " + status + " to " + method + " " + path + " does not match "
					+ SPEC_FILE + ":\n" + format(report) + ((body != null) ? "\nbody: " + body : ""));
		}
	}

	/**
	 * Validates a response and returns the report.
	 * @param method the HTTP method
	 * @param path the request path, without query
	 * @param status the response status
	 * @param contentType the response {@code Content-Type}, or {@code null}
	 * @param body the response body, or {@code null}
	 * @return the report; whitelisted messages have level IGNORE
	 */
	public static ValidationReport validateResponse(String method, String path, int status, String contentType,
			String body) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		if (contentType != null) {
			response.withContentType(contentType);
		}
		if (body != null && !body.isEmpty()) {
			response.withBody(body);
		}
		return validator().validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
				response.build());
	}

	/**
	 * Renders the messages of a report that count as errors, one per line.
	 * @param report the report
	 * @return the rendered messages
	 */
	public static String format(ValidationReport report) {
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(VoucherifySpec::format)
			.collect(Collectors.joining("\n"));
	}

	private static String format(ValidationReport.Message message) {
		StringBuilder text = new StringBuilder("  - [").append(message.getKey()).append("] ").append(message.getMessage());
		message.getAdditionalInfo().forEach((info) -> text.append("\n      ").append(info));
		message.getNestedMessages().forEach((nested) -> text.append("\n    ").append(format(nested)));
		return text.toString();
	}

	private static Request toRequest(String method, String pathWithRawQuery, Map<String, String> headers,
			String contentType, String body) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pathWithRawQuery, "pathWithRawQuery");
		int question = pathWithRawQuery.indexOf('?');
		String path = (question < 0) ? pathWithRawQuery : pathWithRawQuery.substring(0, question);
		String rawQuery = (question < 0) ? "" : pathWithRawQuery.substring(question + 1);
		SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path);
		parseQuery(rawQuery).forEach(request::withQueryParam);
		String headerContentType = null;
		if (headers != null) {
			for (Map.Entry<String, String> header : headers.entrySet()) {
				if ("Content-Type".equalsIgnoreCase(header.getKey())) {
					headerContentType = header.getValue();
				}
				else {
					request.withHeader(header.getKey(), header.getValue());
				}
			}
		}
		String effectiveContentType = (contentType != null) ? contentType : headerContentType;
		if (effectiveContentType != null) {
			request.withContentType(effectiveContentType);
		}
		if (body != null && !body.isEmpty()) {
			request.withBody(body);
		}
		return request.build();
	}

	/** Splits and percent-decodes a raw query, keeping repeated names and their order. */
	static Map<String, List<String>> parseQuery(String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static OpenApiInteractionValidator validator() {
		OpenApiInteractionValidator result = validator;
		if (result == null) {
			synchronized (VoucherifySpec.class) {
				result = validator;
				if (result == null) {
					quietValidatorLogging();
					result = OpenApiInteractionValidator.createForInlineApiSpecification(read())
						.withLevelResolver(LEVELS)
						.withWhitelist(KNOWN_SPEC_BUGS)
						// allOf parts are merged before validation; otherwise each part of
						// Voucher = VoucherBase + {categories, ...} rejects the other's fields.
						.withResolveCombinators(true)
						.withCustomRequestValidation(VoucherifySpec::customChecks)
						.build();
					validator = result;
				}
			}
		}
		return result;
	}

	/**
	 * Checks the library cannot make. (1) It passes any request because it cannot check the
	 * spec's OAuth alternative ("Security scheme 'oauth2' not currently supported"); this
	 * client authenticates with the server-side key pair, so both headers of the apiKey
	 * alternative are required. (2) It does not look into {@code multipart/form-data} bodies;
	 * importCSV requires a {@code file} part.
	 */
	private static ValidationReport customChecks(Request request, ApiOperation operation) {
		List<ValidationReport.Message> messages = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String header : List.of("X-App-Id", "X-App-Token")) {
			if (request.getHeaderValue(header).filter((value) -> !value.isBlank()).isEmpty()) {
				missing.add(header);
			}
		}
		if (!missing.isEmpty()) {
			messages.add(ValidationReport.Message
				.create("validation.request.security.missing",
						operation.getMethod() + " " + operation.getApiPath().original()
								+ " requires the X-App-Id and X-App-Token headers; missing " + missing)
				.build());
		}
		String contentType = request.getContentType().orElse("").toLowerCase(Locale.ROOT);
		if ("import-vouchers-using-csv".equals(operation.getOperation().getOperationId())
				&& contentType.startsWith("multipart/form-data")) {
			String body = bodyText(request);
			if (!contentType.contains("boundary=")) {
				messages.add(ValidationReport.Message
					.create("validation.request.contentType.invalid", "multipart/form-data without a boundary")
					.build());
			}
			if (body == null || !MULTIPART_FILE_PART.matcher(body).find()) {
				messages.add(ValidationReport.Message
					.create("validation.request.body.schema.required",
							"importCSV requires a multipart part named 'file' (Content-Disposition: form-data;"
									+ " name=\"file\")")
					.build());
			}
		}
		return ValidationReport.from(messages);
	}

	private static String bodyText(Request request) {
		if (request.getRequestBody().isEmpty()) {
			return null;
		}
		try {
			return request.getRequestBody().get().toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean bodyIsEmptyObject(ValidationReport.Message message, ApiOperation operation,
			Request request, Response response) {
		String body = (request != null) ? bodyText(request) : null;
		return body != null && "{}".equals(body.strip());
	}

	private static boolean allBranchesRejectOnlyNull(ValidationReport.Message message, ApiOperation operation,
			Request request, Response response) {
		List<String> reasons = message.getAdditionalInfo();
		return !reasons.isEmpty() && reasons.stream().allMatch((reason) -> reason.contains("Instance type (null)"));
	}

	/** The validator logs at INFO for every request that it skips OAuth and multipart checks. */
	private static void quietValidatorLogging() {
		if (LoggerFactory.getLogger("com.atlassian.oai.validator") instanceof ch.qos.logback.classic.Logger logger
				&& logger.getLevel() == null) {
			logger.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	private static WhitelistRule operationIs(String operationId) {
		return (message, operation, request, response) -> operation != null
				&& operationId.equals(operation.getOperation().getOperationId());
	}

	private static String read() {
		try {
			return Files.readString(specPath(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + specPath(), ex);
		}
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#/")) {
				throw new IllegalStateException("Only local $refs are supported, got " + ref);
			}
			current = document.at(ref.substring(1));
		}
		return current;
	}

	private static void forEachOperation(JsonNode document, OperationVisitor visitor) {
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (method.getValue().has("operationId")) {
					visitor.visit(path.getKey(), method.getKey().toUpperCase(Locale.ROOT), method.getValue());
				}
			}
		}
	}

	/**
	 * Finds the spec file in the given folder, else in {@code ../spec}.
	 * @param specDir the folder the build names, or {@code null}
	 * @return the path of an existing file
	 * @throws IllegalStateException when the file is missing
	 */
	static Path locate(String specDir) {
		Path folder = (specDir != null && !specDir.isBlank()) ? Path.of(specDir) : Path.of("..", "spec");
		Path file = folder.resolve(SPEC_FILE).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("The vendor spec " + file + " is missing (system property "
					+ SPEC_DIR_PROPERTY + "=" + specDir + "); it belongs in the repository's spec folder");
		}
		return file;
	}

	@FunctionalInterface
	private interface OperationVisitor {

		void visit(String path, String method, JsonNode operation);

	}

	/**
	 * One response example of the spec.
	 *
	 * @param operationId the operation, e.g. {@code get-voucher}
	 * @param method the HTTP method, upper case
	 * @param path the path template, e.g. {@code /v1/vouchers/{code}}
	 * @param status the response status
	 * @param name the example's name ({@code "example"} for a single {@code example})
	 * @param value the example body
	 */
	public record ResponseExample(String operationId, String method, String path, int status, String name,
			JsonNode value) {

		/**
		 * The example body as JSON text.
		 * @return the JSON
		 */
		public String json() {
			return JSON.writeValueAsString(this.value);
		}

		/**
		 * Whether this is a success (2xx) example.
		 * @return {@code true} for 2xx
		 */
		public boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

		@Override
		public String toString() {
			return this.operationId + " " + this.status + " '" + this.name + "'";
		}

	}

}
