package dev.vouchkit.voucherify.autoconfigure;

/**
 * The application runs on a Spring Boot, Spring Framework or Jackson older than the
 * starter needs. Thrown by {@link VoucherifyPlatformCheck}, explained by
 * {@link VoucherifyUnsupportedPlatformFailureAnalyzer}.
 */
class VoucherifyUnsupportedPlatformException extends IllegalStateException {

	VoucherifyUnsupportedPlatformException(String message) {
		super(message);
	}

}
