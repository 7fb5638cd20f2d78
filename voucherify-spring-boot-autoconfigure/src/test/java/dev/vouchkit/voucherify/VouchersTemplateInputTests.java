package dev.vouchkit.voucherify;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.ListVouchersQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input fails at once with a message naming the problem, before any network call;
 * the blocking view waits a bounded time.
 */
class VouchersTemplateInputTests extends MockServerSupport {

	@Test
	void missingOrBlankArgumentsNameTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.getVoucher(null))
			.withMessageContaining("code");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.enableVoucher("  "))
			.withMessageContaining("code must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.deleteVoucher(""))
			.withMessageContaining("code");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.releaseValidationSession("A", null))
			.withMessageContaining("sessionKey");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.updateVoucherBalance("A", null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.listVouchers(null))
			.withMessageContaining("query");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.getVoucher(".."))
			.withMessageContaining("dot-segment")
			.withMessageContaining("v_");
		assertThatIllegalArgumentException().isThrownBy(() -> ListVouchersQuery.builder().limit(101).build())
			.withMessageContaining("limit");
		assertThatIllegalArgumentException().isThrownBy(() -> ListVouchersQuery.builder().page(100).build())
			.withMessageContaining("page");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void builderRefusesIncompleteOrNonsenseSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> VouchersTemplate.builder().appToken("t").build())
			.withMessageContaining("appId");
		assertThatIllegalArgumentException().isThrownBy(() -> VouchersTemplate.builder().appId("a").build())
			.withMessageContaining("appToken");
		assertThatIllegalArgumentException().isThrownBy(() -> VouchersTemplate.builder().baseUrl("api.voucherify.io"))
			.withMessageContaining("baseUrl");
		assertThatIllegalArgumentException().isThrownBy(() -> VouchersTemplate.builder().baseUrl("ftp://host"))
			.withMessageContaining("baseUrl");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VouchersTemplate.builder().responseTimeout(Duration.ofSeconds(-1)))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> VouchersTemplate.builder().blockingTimeout(Duration.ZERO))
			.withMessageContaining("blockingTimeout");
	}

	@Test
	void baseUrlKeepsAPathPrefixAndDropsATrailingSlash() throws Exception {
		VouchersTemplate behindProxy = templateBuilder().baseUrl(this.server.url("/voucherify/").toString()).build();
		enqueueJson(200, "{\"code\":\"A\"}");
		behindProxy.getVoucher("A").block(Duration.ofSeconds(30));
		assertThat(takeRequest().getTarget()).isEqualTo("/voucherify/v1/vouchers/A");
	}

	@Test
	void successWithAnotherMediaTypeIsAFormatError() {
		this.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<p>hi</p>").build());
		StepVerifier.create(this.template.getVoucher("A"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(VoucherifyResponseFormatException.class)
				.hasMessageContaining("getVoucher"))
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void replyLargerThanTheBufferLimitIsAFormatError() {
		VouchersTemplate small = templateBuilder().maxInMemorySize(1024).build();
		enqueueJson(200, "{\"code\":\"A\",\"additional_info\":\"" + "x".repeat(4096) + "\"}");
		StepVerifier.create(small.getVoucher("A"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(VoucherifyResponseFormatException.class)
				.hasMessageContaining("max-in-memory-size"))
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void blockingViewReturnsValuesAndRethrowsOurExceptions() {
		enqueueJson(200, "{\"code\":\"A\",\"active\":true}");
		assertThat(this.template.blocking().getVoucher("A").active()).isTrue();
		enqueueJson(404, "{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\"}");
		assertThatThrownBy(() -> this.template.blocking().getVoucher("B")).isInstanceOf(VoucherifyNotFoundException.class);
		enqueueNoContent();
		this.template.blocking().deleteVoucher("A", true);
		assertThat(this.template.blocking().timeout()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void blockingViewWaitsNoLongerThanItsTimeout() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.headersDelay(3, TimeUnit.SECONDS)
			.setHeader("Content-Type", "application/json")
			.body("{}")
			.build());
		BlockingVouchersOperations impatient = this.template.blocking(Duration.ofMillis(300));
		long start = System.nanoTime();
		assertThatThrownBy(() -> impatient.updateVoucherBalance("A", BalanceUpdateRequest.of(1)))
			.isInstanceOf(VoucherifyResponseTimeoutException.class)
			.hasMessageContaining("updateVoucherBalance")
			.hasMessageContaining("outcome is unknown");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

}
