package dev.vouchkit.voucherify.autoconfigure;

import java.net.URI;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.actuate.VoucherifyEndpoint;
import dev.vouchkit.voucherify.observation.VoucherifyRecentCalls;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;

/**
 * Registers the {@code voucherify} Actuator endpoint when Actuator is present and the
 * endpoint is available ({@code management.endpoints.web.exposure.include=voucherify}
 * for HTTP).
 */
@AutoConfiguration(after = VoucherifyAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean({ VoucherifyResilienceDecorator.class, VoucherifyRecentCalls.class })
@ConditionalOnAvailableEndpoint(VoucherifyEndpoint.class)
public final class VoucherifyEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	VoucherifyEndpoint voucherifyEndpoint(VoucherifyProperties properties, VouchersOperations vouchers,
			VoucherifyResilienceDecorator resilience, VoucherifyRecentCalls recentCalls) {
		URI baseUrl = (vouchers instanceof VouchersTemplate template) ? template.getBaseUrl()
				: URI.create(properties.getBaseUrl());
		return new VoucherifyEndpoint(baseUrl, resilience, recentCalls);
	}

}
