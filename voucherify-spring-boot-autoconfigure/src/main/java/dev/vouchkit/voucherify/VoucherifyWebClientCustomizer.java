package dev.vouchkit.voucherify;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the auto-configured Voucherify client only,
 * e.g. to add a filter or a default header that other clients of the application must
 * not get.
 * <p>
 * The application's global {@code WebClientCustomizer} beans already reach this builder,
 * because Spring Boot applies them when it creates the builder that ours is cloned from.
 * The base URL, the credentials, the connector and the codecs' buffer limit are set after
 * these customizers run, from the {@code voucherify.*} properties, so changing them here
 * has no effect.
 */
@FunctionalInterface
public interface VoucherifyWebClientCustomizer {

	/**
	 * Customizes the builder of the Voucherify client.
	 * @param webClientBuilder a builder used by the Voucherify client alone
	 */
	void customize(WebClient.Builder webClientBuilder);

}
