package dev.vouchkit.voucherify.autoconfigure;

import java.util.List;

/**
 * The Voucherify client is enabled but has no app id or app token. Explained to the user
 * by {@link VoucherifyCredentialsFailureAnalyzer}.
 */
class VoucherifyCredentialsMissingException extends RuntimeException {

	private final List<String> missingProperties;

	VoucherifyCredentialsMissingException(List<String> missingProperties) {
		super("Voucherify credentials are missing: " + String.join(" and ", missingProperties) + " not set");
		this.missingProperties = List.copyOf(missingProperties);
	}

	List<String> getMissingProperties() {
		return this.missingProperties;
	}

}
