package dev.vouchkit.voucherify.autoconfigure;

import java.util.List;
import java.util.Objects;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed because the Voucherify credentials are not configured (or
 * still hold unresolved placeholders), and how to set them.
 */
class VoucherifyCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<VoucherifyCredentialsMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VoucherifyCredentialsMissingException cause) {
		String description = "The Voucherify client is enabled but "
				+ VoucherifyCredentialsMissingException.describe(cause.getMissing()) + ". Both "
				+ "voucherify.app-id and voucherify.app-token are required to call the Voucherify API.";
		List<String> variables = cause.getMissing()
			.stream()
			.map(VoucherifyCredentialsMissingException.MissingCredential::variable)
			.filter(Objects::nonNull)
			.toList();
		String unresolved = variables.isEmpty() ? ""
				: "Set the environment variable" + ((variables.size() > 1) ? "s " : " ") + String.join(" and ", variables)
						+ " (or properties of those names) before the application starts. ";
		String action = unresolved + "Set voucherify.app-id and voucherify.app-token to the Application ID and Secret Key of your "
				+ "Voucherify project (Project Settings > Application Keys), for example through the environment "
				+ "variables VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN. Keep the secret key out of source control. "
				+ "If this application does not call Voucherify, set voucherify.enabled=false.";
		return new FailureAnalysis(description, action, cause);
	}

}
