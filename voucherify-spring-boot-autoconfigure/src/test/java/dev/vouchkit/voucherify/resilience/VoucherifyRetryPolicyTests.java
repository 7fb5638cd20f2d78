package dev.vouchkit.voucherify.resilience;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import dev.vouchkit.voucherify.VoucherifyCircuitOpenException;
import dev.vouchkit.voucherify.VoucherifyClientRateLimitException;
import dev.vouchkit.voucherify.VoucherifyErrorResponse;
import dev.vouchkit.voucherify.VoucherifyException;
import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyResponseFormatException;
import dev.vouchkit.voucherify.VoucherifyResponseTimeoutException;
import dev.vouchkit.voucherify.VoucherifyTransportException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry table, cell by cell, for every operation.
 */
class VoucherifyRetryPolicyTests {

	private static final Set<VoucherifyOperation> NOT_IDEMPOTENT = EnumSet.of(
			VoucherifyOperation.UPDATE_VOUCHER_BALANCE, VoucherifyOperation.IMPORT_VOUCHERS_USING_CSV,
			VoucherifyOperation.EXPORT_VOUCHER_TRANSACTIONS);

	@Test
	void theOperationsThatChangeMoneyOrStateTwiceAreTheNonIdempotentOnes() {
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			assertThat(operation.isIdempotent()).as(operation.name()).isEqualTo(!NOT_IDEMPOTENT.contains(operation));
		}
	}

	@Test
	void failuresBeforeTheRequestWasSentAndRateLimitsAreRetriedForEveryOperation() {
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, refused(operation))).as(operation.name()).isTrue();
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, api(429, operation))).as(operation.name()).isTrue();
		}
	}

	@Test
	void unknownOutcomesAreRetriedOnlyForIdempotentOperations() {
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			boolean idempotent = operation.isIdempotent();
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, reset(operation))).as(operation.name())
				.isEqualTo(idempotent);
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, timeout(operation))).as(operation.name())
				.isEqualTo(idempotent);
			for (int status : new int[] { 502, 503, 504 }) {
				assertThat(VoucherifyRetryPolicy.isRetryable(operation, api(status, operation)))
					.as("%s after %d", operation, status)
					.isEqualTo(idempotent);
			}
		}
	}

	@Test
	void otherErrorsAreNeverRetried() {
		for (VoucherifyOperation operation : VoucherifyOperation.values()) {
			for (int status : new int[] { 400, 401, 402, 403, 404, 405, 409, 413, 500 }) {
				assertThat(VoucherifyRetryPolicy.isRetryable(operation, api(status, operation)))
					.as("%s after %d", operation, status)
					.isFalse();
			}
			assertThat(VoucherifyRetryPolicy.isRetryable(operation,
					new VoucherifyResponseFormatException("bad", operation, 200, null)))
				.isFalse();
			assertThat(VoucherifyRetryPolicy.isRetryable(operation,
					new VoucherifyCircuitOpenException("open", operation, "voucherify", null, null)))
				.isFalse();
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, new VoucherifyClientRateLimitException("limited",
					operation, Duration.ZERO, new RuntimeException())))
				.isFalse();
			assertThat(VoucherifyRetryPolicy.isRetryable(operation, new IllegalStateException())).isFalse();
		}
	}

	@Test
	void retryAfterIsReadFrom429Only() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Retry-After", "7");
		VoucherifyException limited = VoucherifyErrorResponse
			.parse(429, headers, "", JsonMapper.builder().build())
			.toException(VoucherifyOperation.GET_VOUCHER);
		assertThat(VoucherifyRetryPolicy.retryAfter(limited)).isEqualTo(Duration.ofSeconds(7));
		assertThat(VoucherifyRetryPolicy.retryAfter(api(503, VoucherifyOperation.GET_VOUCHER))).isNull();
	}

	@Test
	void circuitBreakerCountsServiceFailuresOnly() {
		VoucherifyOperation get = VoucherifyOperation.GET_VOUCHER;
		assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(api(500, get))).isTrue();
		assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(api(503, get))).isTrue();
		assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(timeout(get))).isTrue();
		assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(reset(get))).isTrue();
		assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(refused(get))).isTrue();
		for (int status : new int[] { 400, 401, 404, 409, 429 }) {
			assertThat(VoucherifyCircuitBreakerPolicy.isServiceFailure(api(status, get))).as("%d", status).isFalse();
			assertThat(VoucherifyCircuitBreakerPolicy.isIgnored(api(status, get))).as("%d", status).isFalse();
		}
		assertThat(VoucherifyCircuitBreakerPolicy.isIgnored(
				new VoucherifyClientRateLimitException("limited", get, Duration.ZERO, new RuntimeException())))
			.isTrue();
	}

	private static VoucherifyException api(int status, VoucherifyOperation operation) {
		return VoucherifyErrorResponse.parse(status, new HttpHeaders(), "", JsonMapper.builder().build())
			.toException(operation);
	}

	private static VoucherifyTransportException refused(VoucherifyOperation operation) {
		return new VoucherifyTransportException("refused", operation, false, null);
	}

	private static VoucherifyTransportException reset(VoucherifyOperation operation) {
		return new VoucherifyTransportException("reset", operation, true, null);
	}

	private static VoucherifyTransportException timeout(VoucherifyOperation operation) {
		return new VoucherifyResponseTimeoutException("timeout", operation, null);
	}

}
