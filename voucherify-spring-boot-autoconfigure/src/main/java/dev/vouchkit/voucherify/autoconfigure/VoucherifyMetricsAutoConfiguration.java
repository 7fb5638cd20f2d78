package dev.vouchkit.voucherify.autoconfigure;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.vouchkit.voucherify.observation.VoucherifyQuotaMetrics;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * Binds the Voucherify client's meters to the application's {@link MeterRegistry}: the
 * project's quota as last reported ({@code voucherify.quota.limit},
 * {@code voucherify.quota.remaining}) and, with {@code resilience4j-micrometer}, the retry,
 * circuit breaker and rate limiter metrics
 * ({@code resilience4j.retry.calls{name="voucherify.vouchers.get"}},
 * {@code resilience4j.circuitbreaker.state{name="voucherify"}}, ...). The instance names
 * start with {@code voucherify} so they stay apart from the application's own
 * Resilience4j instances. Boot binds every {@code MeterBinder} bean.
 */
@AutoConfiguration(after = VoucherifyAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, VoucherifyResilienceDecorator.class })
public final class VoucherifyMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	VoucherifyQuotaMetrics voucherifyQuotaMetrics(VoucherifyResilienceDecorator resilience) {
		return new VoucherifyQuotaMetrics(resilience.getQuota());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TaggedRetryMetrics.class)
	static class ResilienceMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "voucherifyRetryMetrics")
		TaggedRetryMetrics voucherifyRetryMetrics(VoucherifyResilienceDecorator resilience) {
			return TaggedRetryMetrics.ofRetryRegistry(resilience.getRetryRegistry());
		}

		@Bean
		@ConditionalOnMissingBean(name = "voucherifyCircuitBreakerMetrics")
		TaggedCircuitBreakerMetrics voucherifyCircuitBreakerMetrics(VoucherifyResilienceDecorator resilience) {
			return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(resilience.getCircuitBreakerRegistry());
		}

		@Bean
		@ConditionalOnMissingBean(name = "voucherifyRateLimiterMetrics")
		TaggedRateLimiterMetrics voucherifyRateLimiterMetrics(VoucherifyResilienceDecorator resilience) {
			return TaggedRateLimiterMetrics.ofRateLimiterRegistry(resilience.getRateLimiterRegistry());
		}

	}

}
