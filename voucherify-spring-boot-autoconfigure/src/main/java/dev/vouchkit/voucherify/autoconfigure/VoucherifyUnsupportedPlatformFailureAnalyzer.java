package dev.vouchkit.voucherify.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start stopped by {@link VoucherifyPlatformCheck}. Uses only APIs that Spring
 * Boot 3 has too, since that is where it runs.
 */
class VoucherifyUnsupportedPlatformFailureAnalyzer
		extends AbstractFailureAnalyzer<VoucherifyUnsupportedPlatformException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VoucherifyUnsupportedPlatformException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Upgrade the application to Spring Boot 4.0 or later and let it manage the Spring Framework and "
						+ "Jackson versions, or remove the Voucherify starter.",
				cause);
	}

}
