package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.APP_TOKEN;
import static dev.vouchkit.voucherify.autoconfigure.VoucherifyTestContexts.VOUCHER;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Micrometer and Actuator present: meters, the health contributor, and the token
 * kept out of the Actuator endpoints.
 */
class VoucherifyActuatorIntegrationTests {

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void metersCoverAttemptsOperationsAndResilience() {
		this.server.enqueue(status(503));
		this.server.enqueue(json(200, VOUCHER));
		withMeters().withPropertyValues("voucherify.observation.http-client-requests=true").run((context) -> {
			StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GIFT-1"))
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(30));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			// Every HTTP attempt, from Boot's builder.
			assertThat(meters.get("http.client.requests").timers().stream().mapToLong(Timer::count).sum())
				.isEqualTo(2);
			assertThat(meters.get("http.client.requests").tag("status", "503").timer().count()).isEqualTo(1);
			// Tagged with the path template, not the code.
			assertThat(meters.get("http.client.requests").tag("uri", "/v1/vouchers/{code}").timers()).hasSize(2);
			// One logical operation.
			Timer operation = meters.get("voucherify.client.operation")
				.tag("voucherify.operation", "vouchers.get")
				.tag("outcome", "SUCCESS")
				.tag("status", "2xx")
				.tag("voucherify.error", "none")
				.timer();
			assertThat(operation.count()).isEqualTo(1);
			// The API's error key reaches the timer: Micrometer's own "error" tag must not hide it.
			this.server.enqueue(json(404, "{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\"}"));
			StepVerifier.create(context.getBean(VouchersOperations.class).getVoucher("GONE"))
				.expectError(VoucherifyNotFoundException.class)
				.verify(Duration.ofSeconds(30));
			assertThat(meters.get("voucherify.client.operation")
				.tag("outcome", "CLIENT_ERROR")
				.tag("status", "404")
				.tag("voucherify.error", "not_found")
				.timer()
				.count()).isEqualTo(1);
			assertThat(meters.get("resilience4j.retry.calls")
				.tag("name", "voucherify.vouchers.get")
				.tag("kind", "successful_with_retry")
				.functionCounter()
				.count()).isEqualTo(1);
			assertThat(meters.get("resilience4j.circuitbreaker.state")
				.tag("name", "voucherify")
				.tag("state", "closed")
				.gauge()
				.value()).isEqualTo(1);
		});
	}

	@Test
	void eachCallIsObservedOnceByDefaultNotAgainPerAttempt() {
		this.server.enqueue(status(503));
		this.server.enqueue(json(200, VOUCHER));
		withMeters().run((context) -> {
			assertThat(context.getBean(VouchersOperations.class).blocking().getVoucher("GIFT-1").code())
				.isEqualTo("GIFT-1");
			// Two attempts, one observation.
			assertThat(this.server.getRequestCount()).isEqualTo(2);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find("http.client.requests").timers()).isEmpty();
			assertThat(meters.get("voucherify.client.operation").tag("outcome", "SUCCESS").timer().count())
				.isEqualTo(1);
			// Only our client's copy of Boot's builder leaves it out: the application's own calls are observed.
			this.server.enqueue(json(200, VOUCHER));
			context.getBean(WebClient.Builder.class)
				.build()
				.get()
				.uri(this.server.url("/elsewhere").uri())
				.retrieve()
				.toBodilessEntity()
				.block(Duration.ofSeconds(30));
			assertThat(meters.get("http.client.requests").timer().count()).isEqualTo(1);
		});
	}

	/** Boot's observation and metrics, with WebClient's observation customizer on Boot's builder. */
	private ApplicationContextRunner withMeters() {
		return VoucherifyTestContexts.against(this.server)
			.withConfiguration(AutoConfigurations.of(VoucherifyMetricsAutoConfiguration.class,
					ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					WebClientObservationAutoConfiguration.class));
	}

	@Test
	void aUsersOwnOperationsLeaveNoResilienceHealthOrMetersBehind() {
		VouchersOperations mine = VouchersTemplate.builder()
			.baseUrl(this.server.url("/").toString())
			.appId("mine")
			.appToken("my-token")
			.build();
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(AutoConfigurations.of(VoucherifyMetricsAutoConfiguration.class,
					VoucherifyHealthContributorAutoConfiguration.class, MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.withBean("mine", VouchersOperations.class, () -> mine)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(VouchersOperations.class);
				assertThat(context.getBean(VouchersOperations.class)).isSameAs(mine);
				assertThat(context).doesNotHaveBean(VoucherifyResilienceDecorator.class)
					.doesNotHaveBean("voucherifyHealthIndicator")
					.doesNotHaveBean(TaggedRetryMetrics.class)
					.doesNotHaveBean(TaggedCircuitBreakerMetrics.class)
					.doesNotHaveBean(TaggedRateLimiterMetrics.class);
				assertThat(context.getBean(MeterRegistry.class).getMeters())
					.noneMatch((meter) -> meter.getId().getName().startsWith("resilience4j"));
			});
	}

	@Test
	void aUsersOwnOperationsAndDecoratorKeepTheirHealthAndMeters() {
		VoucherifyResilienceDecorator decorator = VoucherifyResilienceDecorator.builder().build();
		VouchersOperations mine = VouchersTemplate.builder()
			.baseUrl(this.server.url("/").toString())
			.appId("mine")
			.appToken("my-token")
			.decorator(decorator)
			.build();
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(AutoConfigurations.of(VoucherifyMetricsAutoConfiguration.class,
					VoucherifyHealthContributorAutoConfiguration.class, MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.withBean("mine", VouchersOperations.class, () -> mine)
			.withBean("myDecorator", VoucherifyResilienceDecorator.class, () -> decorator)
			.run((context) -> {
				assertThat(context.getBean(VoucherifyResilienceDecorator.class)).isSameAs(decorator);
				assertThat(context).hasBean("voucherifyHealthIndicator").hasSingleBean(TaggedRetryMetrics.class);
				assertThat(context.getBean(MeterRegistry.class).find("resilience4j.circuitbreaker.state").gauges())
					.isNotEmpty();
			});
	}

	@Test
	void noResilienceMetersWithoutAMeterRegistry() {
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(AutoConfigurations.of(VoucherifyMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TaggedRetryMetrics.class));
	}

	@Test
	void healthReportsTheCircuitWithoutCallingTheApi() {
		VoucherifyTestContexts.against(this.server)
			.withConfiguration(AutoConfigurations.of(VoucherifyHealthContributorAutoConfiguration.class))
			.run((context) -> {
				HealthIndicator health = context.getBean("voucherifyHealthIndicator", HealthIndicator.class);
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
				assertThat(health.health().getDetails().get("circuitBreakers").toString())
					.contains("failureRate=not yet measured");
				CircuitBreaker circuitBreaker = context.getBean(VoucherifyResilienceDecorator.class)
					.getCircuitBreakers()
					.get(0);
				circuitBreaker.transitionToOpenState();
				Health open = health.health();
				assertThat(open.getStatus().getCode()).isEqualTo(VoucherifyHealthIndicator.CIRCUIT_OPEN);
				assertThat(open.getDetails()).containsKey("circuitBreakers");
				assertThat(open.getDetails().get("circuitBreakers").toString()).contains("voucherify", "OPEN");
				assertThat(this.server.getRequestCount()).isZero();
			});
	}

	@Test
	void healthCanBeTurnedOffTheBootWay() {
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(AutoConfigurations.of(VoucherifyHealthContributorAutoConfiguration.class))
			.withPropertyValues("management.health.voucherify.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("voucherifyHealthIndicator"));
	}

	@Test
	void tokenIsMaskedInConfigpropsAndEnvEvenWhenValuesAreShown() {
		VoucherifyTestContexts.withCredentials()
			.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class))
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.env.show-values=always")
			.run((context) -> {
				JsonMapper json = JsonMapper.builder().build();
				String configprops = json.writeValueAsString(
						context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationPropertiesWithPrefix("voucherify"));
				// show-values=always really shows values: the app id is there, the token is not.
				assertThat(configprops).contains(VoucherifyTestContexts.APP_ID).contains("******").doesNotContain(APP_TOKEN);
				String env = json.writeValueAsString(
						context.getBean(EnvironmentEndpoint.class).environmentEntry("voucherify.app-token"));
				assertThat(env).contains("******").doesNotContain(APP_TOKEN);
				String whole = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				assertThat(whole).contains(VoucherifyTestContexts.APP_ID).doesNotContain(APP_TOKEN);
			});
	}

	@Test
	void appTokenKeysAreRecognisedInEveryForm() {
		assertThat(VoucherifyAutoConfiguration.AppTokenSanitizingConfiguration.isAppTokenKey("voucherify.app-token"))
			.isTrue();
		assertThat(VoucherifyAutoConfiguration.AppTokenSanitizingConfiguration.isAppTokenKey("appToken")).isTrue();
		assertThat(VoucherifyAutoConfiguration.AppTokenSanitizingConfiguration.isAppTokenKey("VOUCHERIFY_APP_TOKEN"))
			.isTrue();
		assertThat(VoucherifyAutoConfiguration.AppTokenSanitizingConfiguration.isAppTokenKey("voucherify.app-id"))
			.isFalse();
	}

}
