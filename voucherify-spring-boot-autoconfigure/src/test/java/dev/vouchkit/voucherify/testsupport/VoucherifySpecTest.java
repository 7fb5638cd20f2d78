package dev.vouchkit.voucherify.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Checks the test support itself: that it finds the spec, lists its examples, and that the
 * request validation rejects what it should while letting through exactly the whitelisted
 * spec bugs.
 */
class VoucherifySpecTest {

	private static final String MULTIPART_CSV = """
			--XyZ\r
			Content-Disposition: form-data; name="file"; filename="vouchers.csv"\r
			Content-Type: text/csv\r
			\r
			Code,Voucher Type,Value\r
			GIFT-1,GIFT_VOUCHER,1000\r
			--XyZ--\r
			""";

	@Test
	void specIsFoundInTheRepositoryAndHasTheTenOperations() {
		assertThat(VoucherifySpec.specPath()).isRegularFile().hasFileName("vouchers-openapi.json");
		assertThat(VoucherifySpec.specPath().getParent()).hasFileName("spec");
		assertThat(VoucherifySpec.spec().path("openapi").asString()).startsWith("3.0");
		assertThat(VoucherifySpec.operationIds()).containsExactly("list-vouchers", "get-voucher", "delete-voucher",
				"enable-voucher", "disable-voucher", "update-voucher-balance", "list-voucher-transactions",
				"export-voucher-transactions", "import-vouchers-using-csv", "release-validation-session");
	}

	@Test
	void aMissingSpecFailsNamingWhereItWasLookedFor(@TempDir Path emptyFolder) {
		assertThatIllegalStateException().isThrownBy(() -> VoucherifySpec.locate(emptyFolder.toString()))
			.withMessageContaining(emptyFolder.resolve("vouchers-openapi.json").toString())
			.withMessageContaining("missing");
	}

	@Test
	void responseExamplesCoverEveryDocumentedResponse() {
		assertThat(VoucherifySpec.responseExamples("get-voucher")).extracting(VoucherifySpec.ResponseExample::name)
			.containsExactly("Loyalty Card", "Gift Card", "Amount Discount", "Percent Discount", "Fixed Discount",
					"Unit Discount", "Multiple Unit Discount", "Free Shipping", "Not Found");
		assertThat(VoucherifySpec.responseExamples("export-voucher-transactions"))
			.extracting(VoucherifySpec.ResponseExample::toString)
			.containsExactly("export-voucher-transactions 200 'Example'",
					"export-voucher-transactions 200 'No request body'", "export-voucher-transactions 404 'Not Found'");
		VoucherifySpec.ResponseExample csv = VoucherifySpec.responseExamples("import-vouchers-using-csv").get(0);
		assertThat(csv.status()).isEqualTo(202);
		assertThat(csv.method()).isEqualTo("POST");
		assertThat(csv.path()).isEqualTo("/v1/vouchers/importCSV");
		assertThat(csv.json()).isEqualTo("{\"async_action_id\":\"aa_0a875d56c805df6601\"}");
		// delete and session release have only 204 (no body) and 404 examples
		assertThat(VoucherifySpec.responseExamples("release-validation-session")).extracting(
				VoucherifySpec.ResponseExample::status)
			.containsOnly(404);
		assertThat(VoucherifySpec.allResponseExamples()).hasSize(26);
	}

	@Test
	void singleExampleAndReferencedExamplesAreReadToo() {
		JsonNode document = JsonMapper.builder().build().readTree("""
				{"paths":{"/x":{"parameters":[],"get":{"operationId":"op","responses":{
				  "200":{"content":{"application/json":{"example":{"a":1}}}},
				  "201":{"$ref":"#/components/responses/Created"},
				  "302":{"content":{"application/json":{"example":{"skipped":true}}}},
				  "500":{"content":{"application/json":{"example":{"skipped":true}}}},
				  "404":{"content":{"text/plain":{"example":"skipped"},
				    "application/problem+json":{"examples":{"Missing":{"$ref":"#/components/examples/Missing"}}}}}}}}},
				 "components":{"responses":{"Created":{"content":{"application/json":{"examples":{"New":{"value":{"b":2}}}}}}},
				  "examples":{"Missing":{"value":{"code":404}}}}}
				""");
		assertThat(VoucherifySpec.responseExamples(document, "op"))
			.extracting((example) -> example.status() + " " + example.name() + " " + example.json())
			.containsExactly("200 example {\"a\":1}", "201 New {\"b\":2}", "404 Missing {\"code\":404}");
	}

	@Test
	void unknownOperationIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> VoucherifySpec.responseExamples("get-vouchers"))
			.withMessageContaining("get-vouchers");
	}

	@Test
	void queryIsSplitAndPercentDecoded() {
		assertThat(VoucherifySpec.parseQuery("ids=a&ids=b%20c&created_at%5Bbefore%5D=2024-01-01T00%3A00%3A00Z&flag"))
			.containsExactly(entry("ids", List.of("a", "b c")),
					entry("created_at[before]", List.of("2024-01-01T00:00:00Z")), entry("flag", List.of("")));
	}

	@Test
	void validRequestsPass() {
		Map<String, String> auth = VoucherifySpec.authHeaders();
		VoucherifySpec.assertValidRequest("GET",
				"/v1/vouchers?limit=100&page=99&created_at%5Bbefore%5D=2024-01-01T00:00:00Z"
						+ "&created_at%5Bafter%5D=2023-01-01T00:00:00.123Z&ids=v_1&ids=v_2&order=-code",
				auth, null, null);
		VoucherifySpec.assertValidRequest("GET", "/v1/vouchers/GIFT-1", auth, null, null);
		VoucherifySpec.assertValidRequest("DELETE", "/v1/vouchers/A%2FB%20C?force=true", auth, null, null);
		VoucherifySpec.assertValidRequest("POST", "/v1/vouchers/GIFT-1/enable", auth, null, null);
		VoucherifySpec.assertValidRequest("POST", "/v1/vouchers/GIFT-1/balance", auth,
				"application/json;charset=UTF-8", "{\"amount\":-100,\"source_id\":\"s\",\"reason\":\"r\"}");
		VoucherifySpec.assertValidRequest("GET", "/v1/vouchers/GIFT-1/transactions?limit=1&order=-id"
				+ "&starting_after_id=vtx_0c94e6b82a4bef406c", auth, null, null);
		VoucherifySpec.assertValidRequest("POST", "/v1/vouchers/importCSV", auth, "multipart/form-data; boundary=XyZ",
				MULTIPART_CSV);
		VoucherifySpec.assertValidRequest("DELETE", "/v1/vouchers/GIFT-1/sessions/ssn_1", auth, null, null);
	}

	@Test
	void contentTypeMayComeFromTheHeaders() {
		Map<String, String> headers = VoucherifySpec.authHeaders();
		headers.put("content-type", "application/json");
		VoucherifySpec.assertValidRequest("POST", "/v1/vouchers/GIFT-1/balance", headers, null, "{\"amount\":1}");
	}

	@Test
	void invalidRequestsFailWithTheValidatorsReport() {
		Map<String, String> auth = VoucherifySpec.authHeaders();
		assertInvalid("GET", "/v1/vouchers?limit=101", auth, null, null, "validation.request.parameter.schema.maximum");
		assertInvalid("GET", "/v1/vouchers?page=100", auth, null, null, "validation.request.parameter.schema.maximum");
		assertInvalid("GET", "/v1/vouchers?order=newest", auth, null, null, "validation.request.parameter.schema.enum");
		assertInvalid("GET", "/v1/vouchers?created_at%5Bbefore%5D=yesterday", auth, null, null,
				"validation.request.parameter.schema.format.date-time");
		assertInvalid("GET", "/v1/vouchers?campaignId=camp_1", auth, null, null,
				"validation.request.parameter.query.unexpected");
		assertInvalid("GET", "/v1/vouchers/GIFT-1/transactions?order=id_desc", auth, null, null,
				"validation.request.parameter.schema.enum");
		assertInvalid("GET", "/v1/voucher/GIFT-1", auth, null, null, "validation.request.path.missing");
		assertInvalid("POST", "/v1/vouchers/GIFT-1/balance", auth, "application/json", "{}",
				"validation.request.body.schema.required");
		assertInvalid("POST", "/v1/vouchers/GIFT-1/balance", auth, "application/json", "{\"amount\":1.5}",
				"validation.request.body.schema.type");
		assertInvalid("POST", "/v1/vouchers/GIFT-1/balance", auth, null, null, "validation.request.body.missing");
		assertInvalid("POST", "/v1/vouchers/GIFT-1/transactions/export", auth, "application/json",
				"{\"parameters\":{\"fields\":[\"nope\"]}}", "validation.request.body.schema.enum");
		assertInvalid("POST", "/v1/vouchers/GIFT-1/enable", auth, "application/json", "{\"active\":true}",
				"validation.request.body.unexpected");
		assertInvalid("POST", "/v1/vouchers/importCSV", auth, "application/json", "{}",
				"validation.request.contentType.notAllowed");
		assertInvalid("POST", "/v1/vouchers/importCSV", auth, "multipart/form-data; boundary=XyZ",
				MULTIPART_CSV.replace("name=\"file\"", "name=\"upload\""), "validation.request.body.schema.required");
		assertInvalid("DELETE", "/v1/vouchers/GIFT-1?force=yes", auth, null, null,
				"validation.request.parameter.schema.invalidJson");
	}

	@Test
	void theApiKeyPairIsRequired() {
		assertInvalid("GET", "/v1/vouchers", Map.of(), null, null, "validation.request.security.missing");
		assertInvalid("GET", "/v1/vouchers", Map.of("X-App-Id", "id"), null, null,
				"validation.request.security.missing");
		assertInvalid("GET", "/v1/vouchers", null, null, null, "validation.request.security.missing");
		// header names are case-insensitive; other headers are fine
		VoucherifySpec.assertValidRequest("GET", "/v1/vouchers",
				Map.of("x-app-id", "id", "x-app-token", "token", "X-Voucherify-Channel", "test", "Accept",
						"application/json"),
				null, null);
	}

	@Test
	void assertionErrorCarriesTheReport() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> VoucherifySpec.assertValidRequest("GET", "/v1/vouchers?limit=0",
					VoucherifySpec.authHeaders(), null, null))
			.withMessageContaining("GET /v1/vouchers?limit=0")
			.withMessageContaining("validation.request.parameter.schema.minimum");
	}

	/**
	 * Each whitelisted spec bug must still exist: when the vendor fixes one, this fails and the
	 * whitelist rule can go.
	 */
	@Test
	void whitelistedSpecBugsAreStillThereAndOnlyThose() {
		Map<String, String> auth = VoucherifySpec.authHeaders();
		assertWhitelisted(VoucherifySpec.validateRequest("POST", "/v1/vouchers/GIFT-1/transactions/export", auth,
				null, null), "validation.request.body.missing");
		assertWhitelisted(VoucherifySpec.validateRequest("POST", "/v1/vouchers/GIFT-1/enable", auth,
				"application/json", "{}"), "validation.request.body.unexpected");
		assertWhitelisted(VoucherifySpec.validateRequest("POST", "/v1/vouchers/GIFT-1/disable", auth,
				"application/json", " {} "), "validation.request.body.unexpected");
		assertWhitelisted(VoucherifySpec.validateRequest("GET", "/v1/vouchers/GIFT-1/transactions?page=2", auth,
				null, null), "validation.request.parameter.query.unexpected");
		// `page` is only tolerated on transactions, and only `page`
		assertInvalid("GET", "/v1/vouchers/GIFT-1/transactions?pages=2", auth, null, null,
				"validation.request.parameter.query.unexpected");
		String export = VoucherifySpec.responseExamples("export-voucher-transactions").get(0).json();
		assertWhitelisted(VoucherifySpec.validateResponse("POST", "/v1/vouchers/GIFT-1/transactions/export", 200,
				"application/json", export), "validation.response.body.schema.maxLength");
		String gift = VoucherifySpec.responseExamples("get-voucher").get(1).json();
		assertWhitelisted(VoucherifySpec.validateResponse("GET", "/v1/vouchers/GIFT-1", 200, "application/json", gift),
				"validation.response.body.schema.additionalProperties");
	}

	@Test
	void responsesAreValidatedToo() {
		VoucherifySpec.assertValidResponse("POST", "/v1/vouchers/GIFT-1/balance", 200, "application/json",
				"{\"amount\":1,\"total\":1,\"balance\":1,\"type\":\"gift_voucher\",\"operation_type\":\"MANUAL\","
						+ "\"object\":\"balance\",\"related_object\":{\"type\":\"voucher\",\"id\":\"v_1\"}}");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> VoucherifySpec.assertValidResponse("POST", "/v1/vouchers/GIFT-1/balance", 200,
					"application/json", "{\"amount\":1}"))
			.withMessageContaining("validation.response.body.schema.required");
		VoucherifySpec.assertValidResponse("DELETE", "/v1/vouchers/GIFT-1", 204, null, null);
	}

	private static void assertInvalid(String method, String target, Map<String, String> headers, String contentType,
			String body, String expectedKey) {
		ValidationReport report = VoucherifySpec.validateRequest(method, target, headers, contentType, body);
		assertThat(report.hasErrors()).as("%s %s should be invalid", method, target).isTrue();
		assertThat(report.getMessages()).as(VoucherifySpec.format(report))
			.anySatisfy((message) -> {
				assertThat(message.getKey()).isEqualTo(expectedKey);
				assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.ERROR);
			});
	}

	private static void assertWhitelisted(ValidationReport report, String key) {
		assertThat(report.hasErrors()).as(VoucherifySpec.format(report)).isFalse();
		assertThat(report.getMessages()).anySatisfy((message) -> {
			assertThat(message.getKey()).isEqualTo(key);
			assertThat(message.getLevel()).isEqualTo(ValidationReport.Level.IGNORE);
			assertThat(message.getContext()).hasValueSatisfying(
					(context) -> assertThat(context.getAppliedWhitelistRule()).isPresent());
		});
	}

}
