package dev.vouchkit.voucherify.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.voucherify.VoucherifyOperation;
import dev.vouchkit.voucherify.VoucherifyWebClientCustomizer;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the auto-configuration creates, when it backs off, and how it refuses bad
 * configuration.
 */
class VoucherifyAutoConfigurationTests {

	@Test
	void defaultsBind() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=id", "voucherify.app-token=token")
			.run((context) -> {
				assertThat(context).hasSingleBean(VouchersTemplate.class).hasSingleBean(VoucherifyResilienceDecorator.class);
				VoucherifyProperties properties = context.getBean(VoucherifyProperties.class);
				assertThat(properties.isEnabled()).isTrue();
				assertThat(properties.getBaseUrl()).isEqualTo("https://api.voucherify.io");
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getResponseTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(properties.getMaxInMemorySize()).isEqualTo(DataSize.ofMegabytes(2));
				assertThat(properties.getBlockingTimeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(3);
				assertThat(properties.getRetry().isHonourRetryAfter()).isTrue();
				assertThat(properties.getCircuitBreaker().isEnabled()).isTrue();
				assertThat(properties.getRateLimiter().isEnabled()).isFalse();
				assertThat(properties.getReconciliation().isEnabled()).isTrue();
				assertThat(properties.getReconciliation().getSettleDelay()).isEqualTo(VouchersTemplate.DEFAULT_SETTLE_DELAY);
				assertThat(properties.getReconciliation().getLookBack()).isEqualTo(VouchersTemplate.DEFAULT_LOOK_BACK);
				assertThat(properties.getReconciliation().isResendNotApplied()).isFalse();
				assertThat(context.getBean(VouchersTemplate.class).getBaseUrl()).hasToString("https://api.voucherify.io");
				assertThat(context.getBean(VouchersTemplate.class).toString())
					.contains("BalanceReconciler[settleDelay=PT3S, lookBack=PT5M, resendNotApplied=false]");
				VoucherifyResilienceDecorator resilience = context.getBean(VoucherifyResilienceDecorator.class);
				assertThat(resilience.getRateLimiter()).isNull();
				assertThat(resilience.getCircuitBreakers()).hasSize(1);
			});
	}

	@Test
	void genericBeansStayPrivate() {
		VoucherifyTestContexts.withCredentials().run((context) -> {
			assertThat(context).doesNotHaveBean(RetryRegistry.class)
				.doesNotHaveBean(CircuitBreakerRegistry.class)
				.doesNotHaveBean(RateLimiterRegistry.class)
				.doesNotHaveBean(WebClient.class)
				.doesNotHaveBean(JsonMapper.class);
		});
	}

	@Test
	void everySettingBinds() {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=https://us1.api.voucherify.io", "voucherify.channel=shop",
					"voucherify.connect-timeout=2s", "voucherify.max-in-memory-size=4MB", "voucherify.retry.max-attempts=5",
					"voucherify.retry.multiplier=3", "voucherify.retry.jitter=0", "voucherify.retry.max-retry-after=20s",
					"voucherify.circuit-breaker.failure-rate-threshold=25", "voucherify.circuit-breaker.per-operation=true",
					"voucherify.rate-limiter.enabled=true", "voucherify.rate-limiter.limit-for-period=2000",
					"voucherify.operations.import-vouchers-using-csv.response-timeout=2m",
					"voucherify.operations.get-voucher.max-attempts=6", "voucherify.reconciliation.settle-delay=750ms",
					"voucherify.reconciliation.look-back=1h", "voucherify.reconciliation.resend-not-applied=true")
			.run((context) -> {
				VoucherifyProperties properties = context.getBean(VoucherifyProperties.class);
				assertThat(properties.getOperations().get(VoucherifyOperation.IMPORT_VOUCHERS_USING_CSV).getResponseTimeout())
					.isEqualTo(Duration.ofMinutes(2));
				VoucherifyResilienceDecorator resilience = context.getBean(VoucherifyResilienceDecorator.class);
				assertThat(resilience.getRetry(VoucherifyOperation.GET_VOUCHER).getRetryConfig().getMaxAttempts())
					.isEqualTo(6);
				assertThat(resilience.getRetry(VoucherifyOperation.LIST_VOUCHERS).getRetryConfig().getMaxAttempts())
					.isEqualTo(5);
				assertThat(resilience.getCircuitBreaker(VoucherifyOperation.GET_VOUCHER).getCircuitBreakerConfig()
					.getFailureRateThreshold()).isEqualTo(25);
				assertThat(resilience.getCircuitBreakers()).hasSize(callCount());
				assertThat(resilience.getRateLimiter().getRateLimiterConfig().getLimitForPeriod()).isEqualTo(2000);
				assertThat(context.getBean(VouchersTemplate.class).getBaseUrl())
					.hasToString("https://us1.api.voucherify.io");
				assertThat(context.getBean(VouchersTemplate.class).toString())
					.contains("BalanceReconciler[settleDelay=PT0.75S, lookBack=PT1H, resendNotApplied=true]");
			});
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.reconciliation.enabled=false")
			.run((context) -> assertThat(context.getBean(VouchersTemplate.class).toString()).contains("reconciler=off"));
	}

	@Test
	void usersOwnOperationsWin() {
		// A client of the user's own making; nothing is sent.
		VouchersOperations mine = VouchersTemplate.builder()
			.baseUrl("https://api.voucherify.io")
			.appId("own-app")
			.appToken("own-token")
			.build();
		VoucherifyTestContexts.bare().withBean("mine", VouchersOperations.class, () -> mine).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(VouchersOperations.class);
			assertThat(context.getBean(VouchersOperations.class)).isSameAs(mine);
		});
	}

	@Test
	void usersOwnResilienceDecoratorWins() {
		VoucherifyResilienceDecorator mine = VoucherifyResilienceDecorator.builder().retryEnabled(false).build();
		VoucherifyTestContexts.withCredentials()
			.withBean(VoucherifyResilienceDecorator.class, () -> mine)
			.run((context) -> assertThat(context.getBean(VoucherifyResilienceDecorator.class)).isSameAs(mine));
	}

	@Test
	void disabledCreatesNothing() {
		VoucherifyTestContexts.bare().withPropertyValues("voucherify.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(VouchersOperations.class)
				.doesNotHaveBean(VoucherifyResilienceDecorator.class)
				.doesNotHaveBean(VoucherifyProperties.class);
		});
	}

	@Test
	void missingCredentialsFailWithAnExplanation() {
		VoucherifyTestContexts.bare().run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new VoucherifyCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("voucherify.app-id and voucherify.app-token are not set");
			assertThat(analysis.getAction()).contains("voucherify.app-id", "voucherify.app-token", "VOUCHERIFY_APP_ID",
					"VOUCHERIFY_APP_TOKEN", "voucherify.enabled=false");
		});
	}

	@Test
	void missingTokenAloneIsNamed() {
		VoucherifyTestContexts.bare().withPropertyValues("voucherify.app-id=id").run((context) -> {
			FailureAnalysis analysis = new VoucherifyCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("enabled but voucherify.app-token is not set");
		});
	}

	@Test
	void anUnresolvedPlaceholderFailsTheStartLikeAMissingCredential() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=${VOUCHERIFY_TEST_UNSET_APP_ID}",
					"voucherify.app-token=${VOUCHERIFY_TEST_UNSET_APP_TOKEN}")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new VoucherifyCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains(
						"voucherify.app-id holds the placeholder ${VOUCHERIFY_TEST_UNSET_APP_ID}",
						"voucherify.app-token holds the placeholder ${VOUCHERIFY_TEST_UNSET_APP_TOKEN}",
						"nothing resolved");
				assertThat(analysis.getAction()).contains("VOUCHERIFY_TEST_UNSET_APP_ID", "VOUCHERIFY_TEST_UNSET_APP_TOKEN");
			});
	}

	@Test
	void anUnresolvedPlaceholderInsideAValueIsNamed() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=id", "voucherify.app-token=prefix-${VOUCHERIFY_TEST_UNSET_SUFFIX}")
			.run((context) -> {
				FailureAnalysis analysis = new VoucherifyCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("voucherify.app-token holds the placeholder ${VOUCHERIFY_TEST_UNSET_SUFFIX}")
					.doesNotContain("prefix")
					.doesNotContain("voucherify.app-id is", "voucherify.app-id holds");
			});
	}

	@Test
	void aPlaceholderWithAnEmptyDefaultCountsAsNotSet() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=${VOUCHERIFY_TEST_UNSET_APP_ID:}", "voucherify.app-token=token")
			.run((context) -> {
				FailureAnalysis analysis = new VoucherifyCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("enabled but voucherify.app-id is not set");
			});
	}

	@Test
	void resolvedPlaceholdersStart() {
		VoucherifyTestContexts.bare()
			.withPropertyValues("voucherify.app-id=${test.voucherify.id}", "voucherify.app-token=${test.voucherify.token}",
					"test.voucherify.id=id", "test.voucherify.token=token")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(VouchersOperations.class));
	}

	@Test
	void failureAnalyzersAreRegistered() throws IOException {
		java.util.List<String> analyzers = new java.util.ArrayList<>();
		java.util.Enumeration<java.net.URL> files = getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
		while (files.hasMoreElements()) {
			java.util.Properties factories = org.springframework.core.io.support.PropertiesLoaderUtils
				.loadProperties(new org.springframework.core.io.UrlResource(files.nextElement()));
			analyzers.addAll(org.springframework.util.StringUtils
				.commaDelimitedListToSet(factories.getProperty(FailureAnalyzer.class.getName(), "")));
		}
		assertThat(analyzers).contains(VoucherifyCredentialsFailureAnalyzer.class.getName(),
				VoucherifyUnsupportedPlatformFailureAnalyzer.class.getName());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			voucherify.retry.max-attempts=0                                  | voucherify.retry.max-attempts
			voucherify.connect-timeout=-1s                                   | voucherify.connect-timeout
			voucherify.response-timeout=0s                                   | voucherify.response-timeout
			voucherify.blocking-timeout=-5s                                  | voucherify.blocking-timeout
			voucherify.retry.initial-backoff=-10ms                           | voucherify.retry.initial-backoff
			voucherify.retry.max-backoff=0ms                                 | voucherify.retry.max-backoff
			voucherify.retry.multiplier=0.5                                  | voucherify.retry.multiplier
			voucherify.retry.jitter=1.5                                      | voucherify.retry.jitter
			voucherify.retry.max-retry-after=-1s                             | voucherify.retry.max-retry-after
			voucherify.circuit-breaker.failure-rate-threshold=101            | voucherify.circuit-breaker.failure-rate-threshold
			voucherify.circuit-breaker.failure-rate-threshold=-3             | voucherify.circuit-breaker.failure-rate-threshold
			voucherify.circuit-breaker.slow-call-rate-threshold=0            | voucherify.circuit-breaker.slow-call-rate-threshold
			voucherify.circuit-breaker.sliding-window-size=0                 | voucherify.circuit-breaker.sliding-window-size
			voucherify.circuit-breaker.minimum-number-of-calls=0             | voucherify.circuit-breaker.minimum-number-of-calls
			voucherify.circuit-breaker.wait-duration-in-open-state=-1s       | voucherify.circuit-breaker.wait-duration-in-open-state
			voucherify.circuit-breaker.permitted-number-of-calls-in-half-open-state=0 | voucherify.circuit-breaker.permitted-number-of-calls-in-half-open-state
			voucherify.rate-limiter.limit-for-period=0                       | voucherify.rate-limiter.limit-for-period
			voucherify.rate-limiter.limit-refresh-period=0s                  | voucherify.rate-limiter.limit-refresh-period
			voucherify.rate-limiter.timeout-duration=-1s                     | voucherify.rate-limiter.timeout-duration
			voucherify.max-in-memory-size=0B                                 | voucherify.max-in-memory-size
			voucherify.reconciliation.settle-delay=0s                        | voucherify.reconciliation.settle-delay
			voucherify.reconciliation.look-back=-1m                          | voucherify.reconciliation.look-back
			voucherify.operations.get-voucher.max-attempts=0                 | voucherify.operations.get-voucher.max-attempts
			voucherify.operations.import-vouchers-using-csv.response-timeout=-1s | voucherify.operations.import-vouchers-using-csv.response-timeout
			voucherify.base-url=ftp://api.voucherify.io                      | voucherify.base-url
			voucherify.jobs.initial-interval=0ms                             | voucherify.jobs.initial-interval
			voucherify.jobs.multiplier=0.9                                   | voucherify.jobs.multiplier
			voucherify.jobs.max-interval=100ms                               | voucherify.jobs.max-interval
			voucherify.jobs.timeout=0s                                       | voucherify.jobs.timeout
			voucherify.operations.await-import.max-attempts=2                | voucherify.operations.await-import.*
			""")
	void nonsenseValuesFailNamingTheProperty(String property, String name) {
		VoucherifyTestContexts.withCredentials().withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining(name);
			assertThat(((InvalidConfigurationPropertyValueException) rootCause(context.getStartupFailure())).getName())
				.isEqualTo(name);
		});
	}

	@Test
	void plainHttpToARemoteHostIsRefused() {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=http://api.voucherify.io")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("voucherify.base-url")
				.hasMessageContaining("clear text")
				.hasMessageContaining("voucherify.allow-insecure-http=true"));
	}

	@Test
	void plainHttpToARemoteHostIsAllowedWhenAskedFor() {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=http://voucherify.internal:8080", "voucherify.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(VouchersTemplate.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080", "http://127.0.0.2" })
	void plainHttpToLoopbackIsAllowed(String baseUrl) {
		VoucherifyTestContexts.withCredentials()
			.withPropertyValues("voucherify.base-url=" + baseUrl)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(VouchersTemplate.class));
	}

	@Test
	void worksWithoutMicrometerCore() {
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations
				.of(VoucherifyMetricsAutoConfiguration.class, VoucherifyHealthContributorAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(VouchersTemplate.class));
	}

	@Test
	void worksWithoutActuator() {
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations
				.of(VoucherifyMetricsAutoConfiguration.class, VoucherifyHealthContributorAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class, SanitizingFunction.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(VouchersTemplate.class)
				.doesNotHaveBean(VoucherifyHealthIndicator.class)
				.doesNotHaveBean(SanitizingFunction.class));
	}

	@Test
	void customizersApplyToOurBuilderOnly() throws IOException, InterruptedException {
		List<WebClient.Builder> customized = new CopyOnWriteArrayList<>();
		VoucherifyWebClientCustomizer recording = customized::add;
		try (MockWebServer server = new MockWebServer()) {
			server.start();
			server.enqueue(VoucherifyTestSupport.json(200, VoucherifyTestContexts.VOUCHER));
			VoucherifyTestContexts.against(server)
				.withBean("recording", VoucherifyWebClientCustomizer.class, () -> recording)
				.withBean("tagging", VoucherifyWebClientCustomizer.class,
						() -> (builder) -> builder.defaultHeader("X-Shop", "north"))
				.run((context) -> {
					assertThat(customized).hasSize(1);
					StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"))
						.expectNextCount(1)
						.expectComplete()
						.verify(Duration.ofSeconds(30));
					// Boot's shared builder, a prototype, is left untouched.
					WebClient.Builder shared = context.getBean(WebClient.Builder.class);
					assertThat(shared.build()).isNotNull();
				});
			RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
			assertThat(request.getHeaders().get("X-Shop")).isEqualTo("north");
			assertThat(request.getHeaders().get("X-App-Id")).isEqualTo(VoucherifyTestContexts.APP_ID);
			assertThat(request.getHeaders().get("X-App-Token")).isEqualTo(VoucherifyTestContexts.APP_TOKEN);
		}
	}

	@Test
	void tokenIsNotInToString() {
		VoucherifyTestContexts.withCredentials().run((context) -> {
			assertThat(context.getBean(VoucherifyProperties.class).toString()).doesNotContain(VoucherifyTestContexts.APP_TOKEN)
				.contains("******");
			assertThat(context.getBean(VouchersTemplate.class).toString()).doesNotContain(VoucherifyTestContexts.APP_TOKEN);
			assertThat(context.getBean(VoucherifyResilienceDecorator.class).toString())
				.doesNotContain(VoucherifyTestContexts.APP_TOKEN);
		});
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable current = ex;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

	/** Operations with their own retry and circuit breaker: all but the awaits, made of such calls. */
	private static int callCount() {
		return (int) java.util.Arrays.stream(VoucherifyOperation.values()).filter((operation) -> !operation.isAwait()).count();
	}

}
