package dev.vouchkit.voucherify;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.web.util.UriUtils;

import dev.vouchkit.voucherify.model.ListVouchersQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes, session keys and query values with any characters reach the server as exactly
 * one strictly percent-encoded segment or value, asserted on the raw request target.
 */
class VouchersTemplateEncodingTests extends MockServerSupport {

	static Stream<Arguments> awkwardValues() {
		return Stream.of(
				Arguments.of("with space", "with%20space"),
				Arguments.of("a/b", "a%2Fb"),
				Arguments.of("100%", "100%25"),
				Arguments.of("a+b", "a%2Bb"),
				Arguments.of("#hash", "%23hash"),
				Arguments.of("what?", "what%3F"),
				Arguments.of("a&b=c", "a%26b%3Dc"),
				Arguments.of("semi;colon", "semi%3Bcolon"),
				Arguments.of("Zażółć", "Za%C5%BC%C3%B3%C5%82%C4%87"),
				Arguments.of("GIFT-🎁", "GIFT-%F0%9F%8E%81"),
				Arguments.of("...", "..."),
				Arguments.of("%2F", "%252F"),
				Arguments.of("{code}", "%7Bcode%7D"),
				Arguments.of("back\\slash", "back%5Cslash"),
				Arguments.of("quote\"'", "quote%22%27"),
				Arguments.of("ümlaut:colon@at", "%C3%BCmlaut%3Acolon%40at"));
	}

	@ParameterizedTest(name = "code [{0}]")
	@MethodSource("awkwardValues")
	void codeIsOneEncodedPathSegment(String code, String encoded) throws Exception {
		enqueueJson(200, "{\"code\":\"x\"}");
		this.template.getVoucher(code).block();
		RecordedRequest request = takeRequest();
		assertThat(request.getTarget()).isEqualTo("/v1/vouchers/" + encoded);
		assertThat(UriUtils.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(code);
	}

	@ParameterizedTest(name = "session key [{0}]")
	@MethodSource("awkwardValues")
	void sessionKeyAndCodeAreEncodedSegments(String value, String encoded) throws Exception {
		enqueueNoContent();
		this.template.releaseValidationSession(value, value).block();
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/vouchers/" + encoded + "/sessions/" + encoded);
	}

	@ParameterizedTest(name = "customer [{0}]")
	@MethodSource("awkwardValues")
	void queryValueIsOneEncodedValue(String value, String encoded) throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		this.template.listVouchers(ListVouchersQuery.builder().customer(value).category(value).build()).block();
		String target = takeRequest().getTarget();
		assertThat(target).startsWith("/v1/vouchers?");
		assertThat(target).contains("customer=" + encoded).contains("category=" + encoded);
		assertThat(target.split("&")).hasSize(2);
	}

	@ParameterizedTest(name = "transactions of [{0}]")
	@MethodSource("awkwardValues")
	void transactionsPathKeepsCodeInOneSegment(String code, String encoded) throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"data\",\"data\":[],\"has_more\":false}");
		this.template.listVoucherTransactions(code).block();
		assertThat(takeRequest().getTarget()).isEqualTo("/v1/vouchers/" + encoded + "/transactions");
	}

	@ParameterizedTest(name = "filter field [{0}]")
	@MethodSource("awkwardValues")
	void filterFieldNameIsStrictlyEncodedLikeValues(String field, String encoded) throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		this.template.listVouchers(ListVouchersQuery.builder().filter(field, "$is", field).build()).block();
		String target = takeRequest().getTarget();
		String query = target.substring(target.indexOf('?') + 1);
		assertThat(query.split("&")).hasSize(1);
		String name = query.substring(0, query.indexOf('='));
		assertThat(name).isEqualTo("filters%5B" + encoded + "%5D%5Bconditions%5D%5B%24is%5D");
		assertThat(UriUtils.decode(name, StandardCharsets.UTF_8)).isEqualTo("filters[" + field + "][conditions][$is]");
		assertThat(query.substring(query.indexOf('=') + 1)).isEqualTo(encoded);
	}

	@org.junit.jupiter.api.Test
	void filterFieldNameWithTemplateCharactersReachesTheServer() throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		this.template.listVouchers(ListVouchersQuery.builder().filter("metadata.x;{y}", "$is", "1").build()).block();
		String target = takeRequest().getTarget();
		assertThat(UriUtils.decode(target, StandardCharsets.UTF_8))
			.isEqualTo("/v1/vouchers?filters[metadata.x;{y}][conditions][$is]=1");
	}

	@org.junit.jupiter.api.Test
	void plusInAFilterFieldNameIsNotReadAsASpace() throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		this.template.listVouchers(ListVouchersQuery.builder().filter("metadata.a+b", "$is", "c+d").build()).block();
		String target = takeRequest().getTarget();
		assertThat(target).doesNotContain("+").contains("metadata.a%2Bb").endsWith("=c%2Bd");
	}

	@org.junit.jupiter.api.Test
	void dateFiltersUseDeepObjectNamesAndEncodedOffsets() throws Exception {
		enqueueJson(200, "{\"object\":\"list\",\"data_ref\":\"vouchers\",\"vouchers\":[],\"total\":0}");
		OffsetDateTime before = OffsetDateTime.parse("2024-05-01T10:00:00.000+02:00");
		OffsetDateTime after = OffsetDateTime.parse("2024-01-01T00:00:00Z");
		this.template.listVouchers(ListVouchersQuery.builder().createdBefore(before).createdAfter(after).build())
			.block();
		String target = takeRequest().getTarget();
		String query = target.substring(target.indexOf('?') + 1);
		assertThat(query.split("&")).allSatisfy((pair) -> {
			String name = UriUtils.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8);
			assertThat(name).isIn("created_at[before]", "created_at[after]");
		});
		assertThat(UriUtils.decode(query, StandardCharsets.UTF_8)).contains("created_at[before]=2024-05-01T")
			.contains("created_at[after]=2024-01-01T");
		// A '+' in an offset would turn into a space on the server if it were not encoded.
		assertThat(query).doesNotContain("+");
	}

}
