package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;

import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

@SuppressWarnings("deprecation")
class ListTransactionsQueryTest {

	@Test
	void defaultsSendNothing() {
		assertThat(ListTransactionsQuery.defaults().toQueryParameters()).isEmpty();
		assertThat(ListTransactionsQuery.builder().build()).isEqualTo(ListTransactionsQuery.defaults())
			.hasSameHashCodeAs(ListTransactionsQuery.defaults());
	}

	@Test
	void everyParameterHasItsWireNameAndValue() {
		ListTransactionsQuery query = ListTransactionsQuery.builder()
			.limit(100)
			.order(TransactionOrder.ID_DESC)
			.startingAfterId("vtx_0c94e6b82a4bef406c")
			.page(3)
			.build();
		assertThat(query.toQueryParameters()).containsExactly(entry("limit", List.of("100")),
				entry("order", List.of("-id")), entry("starting_after_id", List.of("vtx_0c94e6b82a4bef406c")),
				entry("page", List.of("3")));
		assertThat(query.limit()).isEqualTo(100);
		assertThat(query.order()).isEqualTo(TransactionOrder.ID_DESC);
		assertThat(query.startingAfterId()).isEqualTo("vtx_0c94e6b82a4bef406c");
		assertThat(query.page()).isEqualTo(3);
		assertThat(query).hasToString("ListTransactionsQuery{limit=[100], order=[-id],"
				+ " starting_after_id=[vtx_0c94e6b82a4bef406c], page=[3]}");
		assertThat(ListTransactionsQuery.defaults().copy((q) -> q.order(TransactionOrder.ID)).toQueryParameters())
			.containsExactly(entry("order", List.of("id")));
	}

	@Test
	void parametersMatchTheSpec() {
		ListTransactionsQuery query = ListTransactionsQuery.builder()
			.limit(1)
			.order(TransactionOrder.ID)
			.startingAfterId("vtx_0c94e6b82a4bef406c")
			.build();
		assertValidAgainstSpec(query.toQueryParameters());
		query.toQueryParameters().forEach((name, values) -> assertValidAgainstSpec(Map.of(name, values)));
		assertValidAgainstSpec(ListTransactionsQuery.defaults().copy((q) -> q.order(TransactionOrder.ID_DESC)).toQueryParameters());
		// `page` is no longer in the spec; it is whitelisted as a documented leniency
		assertValidAgainstSpec(ListTransactionsQuery.defaults().copy((q) -> q.page(2)).toQueryParameters());
	}

	private static void assertValidAgainstSpec(Map<String, List<String>> parameters) {
		// as WebClient's default (TEMPLATE_AND_VALUES) encoding does: '/' in the code is encoded
		String target = UriComponentsBuilder.fromPath("/v1/vouchers/{code}/transactions")
			.queryParams(new LinkedMultiValueMap<>(parameters))
			.encode()
			.buildAndExpand("GIFT CARD/1")
			.toUriString();
		assertThat(target).startsWith("/v1/vouchers/GIFT%20CARD%2F1/transactions");
		VoucherifySpec.assertValidRequest("GET", target, VoucherifySpec.authHeaders(), null, null);
	}

	@Test
	void invalidValuesNameTheWireParameter() {
		ListTransactionsQuery.Builder builder = ListTransactionsQuery.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.limit(0))
			.withMessage("limit must be between 1 and 100, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.limit(101))
			.withMessage("limit must be between 1 and 100, was 101");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.page(0))
			.withMessage("page must be at least 1, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.startingAfterId(""))
			.withMessageContaining("starting_after_id must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListTransactionsQuery.defaults().copy((q) -> q.startingAfterId(" ")))
			.withMessageContaining("starting_after_id");
		assertThatIllegalArgumentException().isThrownBy(() -> ListTransactionsQuery.defaults().copy((q) -> q.limit(1000)))
			.withMessageContaining("limit");
		assertThatIllegalArgumentException().isThrownBy(() -> ListTransactionsQuery.defaults().copy((q) -> q.page(-1)))
			.withMessageContaining("page");
		assertThat(builder.build()).isEqualTo(ListTransactionsQuery.defaults());
	}

	@Test
	void cursorCopies() {
		ListTransactionsQuery first = ListTransactionsQuery.builder().limit(10).order(TransactionOrder.ID_DESC).build();
		ListTransactionsQuery second = first.copy((q) -> q.startingAfterId("vtx_1"));
		assertThat(first.startingAfterId()).isNull();
		assertThat(second.startingAfterId()).isEqualTo("vtx_1");
		assertThat(second.limit()).isEqualTo(10);
		assertThat(second.order()).isEqualTo(TransactionOrder.ID_DESC);
		assertThat(second.copy((q) -> q.startingAfterId(null))).isEqualTo(first);
		assertThat(first.copy((q) -> q.limit(5)).limit()).isEqualTo(5);
		assertThat(first.toBuilder().page(null).limit(null).order(null).build())
			.isEqualTo(ListTransactionsQuery.defaults());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> second.toQueryParameters().clear());
	}

}
