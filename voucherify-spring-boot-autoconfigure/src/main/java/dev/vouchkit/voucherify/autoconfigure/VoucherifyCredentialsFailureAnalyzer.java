package dev.vouchkit.voucherify.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed because the Voucherify credentials are not configured, and
 * how to set them.
 */
class VoucherifyCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<VoucherifyCredentialsMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VoucherifyCredentialsMissingException cause) {
		String description = "The Voucherify client is enabled but " + String.join(" and ", cause.getMissingProperties())
				+ ((cause.getMissingProperties().size() > 1) ? " are" : " is") + " not set. Both "
				+ "voucherify.app-id and voucherify.app-token are required to call the Voucherify API.";
		String action = "Set voucherify.app-id and voucherify.app-token to the Application ID and Secret Key of your "
				+ "Voucherify project (Project Settings > Application Keys), for example through the environment "
				+ "variables VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN. Keep the secret key out of source control. "
				+ "If this application does not call Voucherify, set voucherify.enabled=false.";
		return new FailureAnalysis(description, action, cause);
	}

}
