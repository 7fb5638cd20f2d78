package dev.vouchkit.voucherify.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates emulator responses against the vendor's OpenAPI description (the contract), the
 * repository's {@code spec/vouchers-openapi.json}: found through the {@code voucherify.spec.dir}
 * system property the build sets, else in {@code ../spec} relative to the module directory. A
 * missing file fails every validated call, naming where it was looked for.
 */
final class SpecValidator {

	static final Path SPEC = Path.of(System.getProperty("voucherify.spec.dir", "../spec"), "vouchers-openapi.json")
		.toAbsolutePath()
		.normalize();

	private static volatile OpenApiInteractionValidator validator;

	/**
	 * Spec bug: the schema has no `nullable` on these fields, yet the spec's own examples (and the
	 * live API) send explicit nulls for them. Only nulls are excused, never wrong types.
	 */
	private static final Set<String> NULL_IN_EXAMPLES = Set.of("campaign", "campaign_id", "category", "category_id",
			"discount", "gift", "loyalty_card", "start_date", "expiration_date", "validity_timeframe",
			"validity_day_of_week", "additional_info", "updated_at", "quantity");

	/** Validator messages name the failing instance as "[Path '/a/b'] ..." when nested. */
	private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '([^']*)'\\].*", Pattern.DOTALL);

	/** Spec bug: `maxLength: 1` on the export filter's `$in` items, which hold whole codes. */
	private static final Pattern EXPORT_IN_ITEM = Pattern.compile(".*/filters/voucher_id/conditions/\\$in/\\d+$");

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private SpecValidator() {
	}

	private static OpenApiInteractionValidator validator() {
		if (validator == null) {
			if (!Files.isRegularFile(SPEC)) {
				throw new IllegalStateException("The vendor spec " + SPEC + " is missing (system property"
						+ " voucherify.spec.dir=" + System.getProperty("voucherify.spec.dir")
						+ "); it belongs in the repository's spec folder");
			}
			validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
				// The validator checks additionalProperties per allOf part, which rejects every field
				// of an allOf'd voucher (its README FAQ); resolving combinators instead mangles the
				// transaction `type` oneOf. So extra fields are not checked; all else is.
				.withLevelResolver(LevelResolver.create()
					.withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
					.build())
				.build();
		}
		return validator;
	}

	/** Throws AssertionError listing every contract violation that is not a known spec bug. */
	static void assertValid(String method, String rawPath, int status, String contentType, String body) {
		if (!rawPath.startsWith("/v1/vouchers")) {
			return;
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		if (body != null && !body.isEmpty()) {
			response.withContentType(contentType).withBody(body);
		}
		ValidationReport report = validator().validateResponse(templatePath(rawPath), Request.Method.valueOf(method),
				response.build());
		JsonNode json = (body == null || body.isEmpty() || !contentType.contains("json")) ? null : MAPPER.readTree(body);
		List<String> problems = new ArrayList<>();
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR && !knownSpecGap(message, json)) {
				problems.add(describe(message));
			}
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(method + " " + rawPath + " -> " + status + " violates the spec: " + problems
					+ "\nbody: " + body);
		}
	}

	private static String describe(ValidationReport.Message message) {
		return message.getKey() + ": " + message.getMessage()
				+ message.getNestedMessages().stream().map(SpecValidator::describe).toList();
	}

	private static boolean knownSpecGap(ValidationReport.Message message, JsonNode body) {
		// The spec documents only some error statuses per operation (e.g. no 401 anywhere), and
		// not the create-voucher or admin routes; those are asserted by the behaviour tests.
		if (message.getKey().equals("validation.response.status.unknown")
				|| message.getKey().equals("validation.request.operation.notAllowed")
				|| message.getKey().equals("validation.request.path.missing")) {
			return true;
		}
		if (message.getKey().endsWith("additionalProperties")) {
			return true;
		}
		// A combinator failure (allOf, oneOf) is excused when all its causes are.
		if (!message.getNestedMessages().isEmpty()
				&& message.getNestedMessages().stream().allMatch((nested) -> knownSpecGap(nested, body))) {
			return true;
		}
		String pointer = message.getContext()
			.flatMap(ValidationReport.MessageContext::getPointers)
			.map(ValidationReport.MessageContext.Pointers::getInstance)
			.orElse("");
		java.util.regex.Matcher prefixed = PATH_PREFIX.matcher(message.getMessage());
		if (prefixed.matches()) {
			pointer = prefixed.group(1);
		}
		if (EXPORT_IN_ITEM.matcher(pointer).matches() && message.getMessage().contains("too long")) {
			return true;
		}
		if (body != null && !pointer.isEmpty()) {
			String field = pointer.substring(pointer.lastIndexOf('/') + 1);
			return NULL_IN_EXAMPLES.contains(field) && body.at(pointer).isNull();
		}
		return false;
	}

	/** Replaces the code and session key, which may contain anything, with plain placeholders. */
	private static String templatePath(String rawPath) {
		String[] segments = rawPath.split("/", -1);
		if (segments.length >= 4 && !segments[3].equals("importCSV")) {
			segments[3] = "CODE";
		}
		if (segments.length == 6 && segments[4].equals("sessions")) {
			segments[5] = "KEY";
		}
		return String.join("/", segments);
	}

}
