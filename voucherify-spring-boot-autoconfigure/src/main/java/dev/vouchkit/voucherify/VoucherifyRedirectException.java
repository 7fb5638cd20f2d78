package dev.vouchkit.voucherify;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with a redirect (3xx). Voucherify never redirects its API calls, so
 * the client does not follow one with the credentials or the request body: it reports
 * it, naming where it pointed. A state-changing call that gets this reply was not
 * applied by the server that sent the redirect, and was sent nowhere else.
 * <p>
 * Reads may follow redirects within the API's own origin when
 * {@code voucherify.follow-redirects} (or {@link VouchersTemplate.Builder#followRedirects})
 * is on; this exception then reports a redirect to another origin, a redirect of a call
 * that is not a read, or too many redirects.
 */
public class VoucherifyRedirectException extends VoucherifyApiException {

	private final @Nullable URI location;

	VoucherifyRedirectException(String reason, VoucherifyErrorResponse error, @Nullable URI location,
			@Nullable VoucherifyOperation operation) {
		super(describe(operation) + " was redirected"
				+ ((error.status() > 0) ? " with HTTP " + error.status() : " by the HTTP connector") + " to "
				+ ((location != null) ? location : "no location") + "; " + reason, error, operation);
		this.location = location;
	}

	/**
	 * Where the redirect pointed, resolved against the request and without its query,
	 * fragment or user info (which may carry secrets).
	 * @return the location, or {@code null} when the reply had no {@code Location}
	 */
	public @Nullable URI getLocation() {
		return this.location;
	}

	/**
	 * The location a redirect reply names, safe to show: absolute, without user info,
	 * query or fragment.
	 * @param request the URL of the request that was redirected
	 * @param location the {@code Location} header, possibly relative
	 * @return the location, or {@code null} when there is none or it is not a URI
	 */
	static @Nullable URI safeLocation(URI request, @Nullable String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		try {
			URI resolved = request.resolve(location.trim());
			if (resolved.getScheme() == null || resolved.getRawAuthority() == null) {
				return null;
			}
			String path = (resolved.getRawPath() != null) ? resolved.getRawPath() : "";
			return URI.create(resolved.getScheme() + "://" + resolved.getHost()
					+ ((resolved.getPort() != -1) ? ":" + resolved.getPort() : "") + path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
