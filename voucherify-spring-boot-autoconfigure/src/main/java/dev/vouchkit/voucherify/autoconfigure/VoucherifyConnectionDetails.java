package dev.vouchkit.voucherify.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details for a connection to the Voucherify API: where it is and the application keys to
 * send. The auto-configuration reads only this; by default it comes from
 * {@code voucherify.base-url}, {@code voucherify.app-id} and {@code voucherify.app-token},
 * and a bean of this type (a test tool's, a service connection's, the emulator's
 * {@code @ImportVoucherifyEmulator}) takes its place.
 */
public interface VoucherifyConnectionDetails extends ConnectionDetails {

	/**
	 * Where the API is, e.g. {@code https://api.voucherify.io}, without {@code /v1}.
	 * @return an absolute http(s) URL
	 */
	String getBaseUrl();

	/**
	 * The application id, sent as {@code X-App-Id}.
	 * @return the id
	 */
	String getAppId();

	/**
	 * The secret application token, sent as {@code X-App-Token}.
	 * @return the token
	 */
	String getAppToken();

}
