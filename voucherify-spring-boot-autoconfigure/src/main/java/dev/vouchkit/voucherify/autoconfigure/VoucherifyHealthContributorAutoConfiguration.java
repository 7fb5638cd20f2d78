package dev.vouchkit.voucherify.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * Registers the {@code voucherify} health contributor when Spring Boot's health support
 * (Actuator) is present; {@code management.health.voucherify.enabled=false} turns it off.
 */
@AutoConfiguration(after = VoucherifyAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(VoucherifyResilienceDecorator.class)
@ConditionalOnEnabledHealthIndicator("voucherify")
public final class VoucherifyHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "voucherifyHealthIndicator")
	VoucherifyHealthIndicator voucherifyHealthIndicator(VoucherifyResilienceDecorator resilience) {
		return new VoucherifyHealthIndicator(resilience);
	}

}
