package dev.vouchkit.voucherify.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class ListVouchersQueryTest {

	private static final OffsetDateTime JAN_2024 = OffsetDateTime.parse("2024-01-01T00:00:00Z");

	private static final OffsetDateTime JUN_2024 = OffsetDateTime.parse("2024-06-30T23:59:59.999Z");

	private static ListVouchersQuery everything() {
		return ListVouchersQuery.builder()
			.limit(100)
			.page(99)
			.category("First")
			.campaignId("camp_f7fBbQxUuTN7dI7tGOo5XMDA")
			.customer("source id/with spaces+plus")
			.campaign("Loyalty Program Fall 2022")
			.createdBefore(JUN_2024)
			.createdAfter(Instant.parse("2024-01-01T00:00:00Z"))
			.updatedBefore(OffsetDateTime.parse("2024-07-01T12:00:00.123456+02:00"))
			.updatedAfter(JAN_2024)
			.order(VoucherOrder.CODE_DESC)
			.code("GIFT&CARD=1")
			.ids("v_1", "v_2")
			.filter("active", "$enabled", "true")
			.filter("metadata.tier", "$is", "gold")
			.filterJunction("AND")
			.build();
	}

	@Test
	void defaultsSendNothing() {
		assertThat(ListVouchersQuery.defaults().toQueryParameters()).isEmpty();
		assertThat(ListVouchersQuery.builder().build()).isEqualTo(ListVouchersQuery.defaults());
		assertThat(ListVouchersQuery.defaults().limit()).isNull();
		assertThat(ListVouchersQuery.defaults().page()).isNull();
		assertThat(ListVouchersQuery.defaults().ids()).isEmpty();
		assertThat(ListVouchersQuery.defaults().filters()).isEmpty();
	}

	@Test
	void everyParameterHasItsWireNameAndValueInAStableOrder() {
		assertThat(everything().toQueryParameters()).containsExactly(entry("limit", List.of("100")),
				entry("page", List.of("99")), entry("category", List.of("First")),
				entry("campaign_id", List.of("camp_f7fBbQxUuTN7dI7tGOo5XMDA")),
				entry("customer", List.of("source id/with spaces+plus")),
				entry("campaign", List.of("Loyalty Program Fall 2022")),
				entry("created_at[before]", List.of("2024-06-30T23:59:59.999Z")),
				entry("created_at[after]", List.of("2024-01-01T00:00:00Z")),
				// converted to UTC, sub-millisecond digits kept
				entry("updated_at[before]", List.of("2024-07-01T10:00:00.123456Z")),
				entry("updated_at[after]", List.of("2024-01-01T00:00:00Z")), entry("order", List.of("-code")),
				entry("code", List.of("GIFT&CARD=1")),
				// form style, exploded: one `ids` entry per id
				entry("ids", List.of("v_1", "v_2")), entry("filters[active][conditions][$enabled]", List.of("true")),
				entry("filters[metadata.tier][conditions][$is]", List.of("gold")),
				entry("filters[junction]", List.of("AND")));
	}

	@Test
	void accessorsReturnWhatWasSet() {
		ListVouchersQuery query = everything();
		assertThat(query.limit()).isEqualTo(100);
		assertThat(query.page()).isEqualTo(99);
		assertThat(query.category()).isEqualTo("First");
		assertThat(query.campaignId()).isEqualTo("camp_f7fBbQxUuTN7dI7tGOo5XMDA");
		assertThat(query.customer()).isEqualTo("source id/with spaces+plus");
		assertThat(query.campaign()).isEqualTo("Loyalty Program Fall 2022");
		assertThat(query.createdBefore()).isEqualTo(JUN_2024);
		assertThat(query.createdAfter()).isEqualTo(JAN_2024);
		assertThat(query.updatedAfter()).isEqualTo(JAN_2024);
		assertThat(query.order()).isEqualTo(VoucherOrder.CODE_DESC);
		assertThat(query.code()).isEqualTo("GIFT&CARD=1");
		assertThat(query.ids()).containsExactly("v_1", "v_2");
		assertThat(query.filters()).containsEntry("filters[junction]", "AND");
		assertThat(query.toString()).startsWith("ListVouchersQuery{limit=[100]");
	}

	@Test
	void eachParameterAloneMatchesTheSpec() {
		Map<String, List<String>> all = everything().toQueryParameters();
		all.forEach((name, values) -> assertValidAgainstSpec(Map.of(name, values)));
		assertValidAgainstSpec(all);
		assertValidAgainstSpec(ListVouchersQuery.defaults().toQueryParameters());
		for (VoucherOrder order : VoucherOrder.knownValues()) {
			assertValidAgainstSpec(ListVouchersQuery.defaults().copy((q) -> q.order(order)).toQueryParameters());
		}
		assertValidAgainstSpec(ListVouchersQuery.builder().limit(1).page(1).ids(List.of("v_only")).build()
			.toQueryParameters());
	}

	private static void assertValidAgainstSpec(Map<String, List<String>> parameters) {
		// encoded the way a Spring client builds the URI
		String target = UriComponentsBuilder.fromPath("/v1/vouchers")
			.queryParams(new LinkedMultiValueMap<>(parameters))
			.build()
			.encode()
			.toUriString();
		VoucherifySpec.assertValidRequest("GET", target, VoucherifySpec.authHeaders(), null, null);
	}

	@Test
	void invalidValuesNameTheWireParameter() {
		ListVouchersQuery.Builder builder = ListVouchersQuery.builder();
		assertRejected(() -> builder.limit(0), "limit must be between 1 and 100, was 0");
		assertRejected(() -> builder.limit(101), "limit must be between 1 and 100, was 101");
		assertRejected(() -> builder.page(0), "page must be between 1 and 99, was 0");
		assertRejected(() -> builder.page(100), "page must be between 1 and 99, was 100");
		assertRejected(() -> builder.category(""), "category must not be blank");
		assertRejected(() -> builder.campaignId(" "), "campaign_id must not be blank");
		assertRejected(() -> builder.customer("\t"), "customer must not be blank");
		assertRejected(() -> builder.campaign(""), "campaign must not be blank");
		assertRejected(() -> builder.code("  "), "code must not be blank");
		assertRejected(() -> builder.ids("v_1", " "), "ids must not contain null or blank values");
		assertRejected(() -> builder.ids(java.util.Arrays.asList("v_1", null)), "ids must not contain null");
		assertRejected(() -> builder.filter("", "$is", "x"), "filters field");
		assertRejected(() -> builder.filter("a][b", "$is", "x"), "filters field");
		assertRejected(() -> builder.filter("a", " ", "x"), "filters operator");
		assertRejected(() -> builder.filter("a", "$is", null), "filters value");
		assertRejected(() -> builder.filterJunction(""), "filters[junction] must not be blank");
		assertRejected(() -> ListVouchersQuery.builder().createdBefore(JAN_2024).createdAfter(JUN_2024).build(),
				"created_at[before] (2024-01-01T00:00:00Z) must not be earlier than created_at[after]"
						+ " (2024-06-30T23:59:59.999Z)");
		assertRejected(() -> ListVouchersQuery.builder().updatedBefore(JAN_2024).updatedAfter(JUN_2024).build(),
				"updated_at[before]");
		assertRejected(() -> ListVouchersQuery.defaults().copy((q) -> q.page(100)), "page must be between 1 and 99, was 100");
		assertRejected(() -> ListVouchersQuery.defaults().copy((q) -> q.limit(0)), "limit");
		assertRejected(() -> everything().copy((q) -> q.createdBefore(Instant.parse("2023-12-31T23:59:59Z"))),
				"created_at[before]");
		assertRejected(() -> everything().copy((q) -> q.createdAfter(Instant.parse("2025-01-01T00:00:00Z"))),
				"created_at[before]");
		assertRejected(() -> everything().copy((q) -> q.updatedAfter(OffsetDateTime.parse("2025-01-01T00:00:00Z"))),
				"updated_at[before]");
		// nothing was changed by the rejected calls
		assertThat(builder.build()).isEqualTo(ListVouchersQuery.defaults());
	}

	@Test
	void boundsAndNullsAreAccepted() {
		ListVouchersQuery query = ListVouchersQuery.builder()
			.limit(1)
			.page(1)
			.createdBefore(JAN_2024)
			.createdAfter(JAN_2024)
			.build();
		assertThat(query.toQueryParameters()).containsKeys("limit", "page", "created_at[before]", "created_at[after]");
		ListVouchersQuery cleared = query.toBuilder()
			.limit(null)
			.page(null)
			.createdBefore((OffsetDateTime) null)
			.createdAfter((Instant) null)
			.category(null)
			.ids((List<String>) null)
			.build();
		assertThat(cleared).isEqualTo(ListVouchersQuery.defaults());
		assertThat(everything().toBuilder().clearFilters().build().filters()).isEmpty();
		assertThat(everything().toBuilder().filterJunction(null).build().filters()).doesNotContainKey("filters[junction]");
	}

	@Test
	void copyMethodsChangeOneParameterAndLeaveTheOriginalAlone() {
		ListVouchersQuery original = everything();
		ListVouchersQuery next = original.copy((q) -> q.page(2));
		assertThat(next.page()).isEqualTo(2);
		assertThat(original.page()).isEqualTo(99);
		assertThat(next.toBuilder().page(99).build()).isEqualTo(original).hasSameHashCodeAs(original);
		ListVouchersQuery window = ListVouchersQuery.builder()
			.order(VoucherOrder.CREATED_AT_DESC)
			.build()
			.copy((q) -> q.createdBefore(Instant.parse("2022-09-19T07:56:22.356Z")))
			.copy((q) -> q.page(1));
		assertThat(window.toQueryParameters()).containsExactly(entry("page", List.of("1")),
				entry("created_at[before]", List.of("2022-09-19T07:56:22.356Z")), entry("order", List.of("-created_at")));
		assertThat(window.copy((q) -> q.createdBefore((OffsetDateTime) null)).createdBefore()).isNull();
		assertThat(ListVouchersQuery.defaults().copy((q) -> q.createdAfter(JAN_2024)).createdAfter()).isEqualTo(JAN_2024);
		assertThat(ListVouchersQuery.defaults().copy((q) -> q.updatedBefore(JAN_2024)).updatedBefore()).isEqualTo(JAN_2024);
		assertThat(ListVouchersQuery.defaults().copy((q) -> q.limit(50)).limit()).isEqualTo(50);
	}

	@Test
	void queryIsImmutable() {
		List<String> ids = new java.util.ArrayList<>(List.of("v_1"));
		ListVouchersQuery.Builder builder = ListVouchersQuery.builder().ids(ids);
		ListVouchersQuery query = builder.build();
		ids.add("v_2");
		builder.ids("v_3").limit(5);
		assertThat(query.ids()).containsExactly("v_1");
		assertThat(query.limit()).isNull();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> query.ids().add("x"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> query.toQueryParameters().put("x", List.of()));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> query.filters().put("x", "y"));
	}

	private static void assertRejected(ThrowingCallable call, String message) {
		assertThatIllegalArgumentException().isThrownBy(call).withMessageContaining(message);
	}

}
