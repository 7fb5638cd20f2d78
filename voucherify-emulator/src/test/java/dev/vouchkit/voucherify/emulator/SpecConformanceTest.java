package dev.vouchkit.voucherify.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every test's HTTP calls are validated by {@link TestClient}; this checks the validator itself
 * is live and strict, so a silent no-op cannot pass for conformance.
 */
class SpecConformanceTest {

	@Test
	void validatorRejectsResponsesThatBreakTheContract() {
		assertThat(SpecValidator.SPEC).as("the repository's copy of the vendor spec").isRegularFile();
		String balance = "{\"amount\":1,\"total\":1,\"balance\":1,\"type\":\"gift_voucher\",\"operation_type\":\"MANUAL\","
				+ "\"object\":\"balance\",\"related_object\":{\"type\":\"voucher\",\"id\":\"v_1\"}}";
		assertThatCode(() -> SpecValidator.assertValid("POST", "/v1/vouchers/X/balance", 200, "application/json", balance))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> SpecValidator.assertValid("POST", "/v1/vouchers/X/balance", 200, "application/json",
				balance.replace(",\"operation_type\":\"MANUAL\"", "")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("operation_type");
		assertThatThrownBy(() -> SpecValidator.assertValid("POST", "/v1/vouchers/X/balance", 200, "application/json",
				balance.replace("gift_voucher", "GIFT_VOUCHER")))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> SpecValidator.assertValid("GET", "/v1/vouchers/X", 200, "application/json",
				"{\"code\":\"X\",\"gift\":{\"amount\":\"lots\"},\"campaign\":7}"))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> SpecValidator.assertValid("GET", "/v1/vouchers/X", 404, "application/json", "{\"key\":\"x\"}"))
			.isInstanceOf(AssertionError.class);
	}

}
