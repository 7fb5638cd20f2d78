package dev.vouchkit.voucherify;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

import dev.vouchkit.voucherify.model.ExportStatus;
import dev.vouchkit.voucherify.model.TransactionsExport;

/**
 * Streams a finished export's file from its {@code result.url}, which lies on the regional
 * download host, not the API host.
 * <p>
 * The URL's {@code token} query parameter is a secret. The request goes straight to a
 * connector that does not follow redirects and does not log, below WebClient, so neither
 * WebClient's request logging nor its {@code http.client.requests} observation (whose
 * {@code http.url} would carry the query) ever sees the URL; messages name the host and
 * the export id only.
 * <p>
 * The app credentials go along only to Voucherify's own download host of the configured
 * API host (the API host with its {@code api} label turned into {@code download}, e.g.
 * {@code download.voucherify.io} for {@code api.voucherify.io}, over https), as the vendor's
 * guide does; any other host (a dedicated cluster's, the emulator's listener, a redirect's
 * target) gets only the URL with its token. Redirects are followed by hand, at most
 * {@value #MAX_REDIRECTS}, never to plain http from https, and never with the credentials.
 */
final class ExportDownload {

	static final int MAX_REDIRECTS = 3;

	private static final int ERROR_BODY_LIMIT = 16 * 1024;

	/** Made on the first download: most applications never fetch an export. */
	private final SingletonSupplier<ClientHttpConnector> connector;

	private final URI apiBaseUrl;

	private final String appId;

	private final String appToken;

	private final String channel;

	private final JsonMapper errorBodyMapper;

	ExportDownload(Supplier<? extends ClientHttpConnector> connector, URI apiBaseUrl, String appId, String appToken,
			String channel, JsonMapper errorBodyMapper) {
		this.connector = SingletonSupplier.of(() -> {
			ClientHttpConnector made = connector.get();
			Assert.state(made != null, "the downloadConnector supplier returned null instead of a connector");
			return made;
		});
		this.apiBaseUrl = apiBaseUrl;
		this.appId = appId;
		this.appToken = appToken;
		this.channel = channel;
		this.errorBodyMapper = errorBodyMapper;
	}

	/**
	 * Checks that the export is finished and its URL may be fetched, before any network
	 * call.
	 * @throws IllegalArgumentException naming the problem, never the token
	 */
	URI fileUrl(@Nullable TransactionsExport export) {
		if (export == null) {
			throw new IllegalArgumentException("export must not be null");
		}
		if (!ExportStatus.DONE.equals(export.status())) {
			throw new IllegalArgumentException("export " + export.id() + " is " + export.status()
					+ ", not DONE: wait for it with awaitExport first");
		}
		String url = (export.result() != null) ? export.result().url() : null;
		if (!StringUtils.hasText(url)) {
			throw new IllegalArgumentException("export " + export.id() + " is DONE but has no result.url");
		}
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("result.url of export " + export.id() + " is not a URL");
		}
		checkFetchable(uri, export.id());
		return uri;
	}

	/** A response with a success status, its body not yet read. */
	Mono<ClientHttpResponse> open(URI url, String exportId) {
		return open(url, exportId, isApiDownloadHost(url), 0);
	}

	/** The body of a response {@link #open} returned; releases nothing the caller takes. */
	static Flux<DataBuffer> body(ClientHttpResponse response) {
		return response.getBody();
	}

	private Mono<ClientHttpResponse> open(URI url, String exportId, boolean withCredentials, int redirects) {
		String where = url.getHost();
		return this.connector.obtain().connect(HttpMethod.GET, url, (request) -> {
			HttpHeaders headers = request.getHeaders();
			headers.set(HttpHeaders.ACCEPT, "text/csv, */*");
			headers.set(HttpHeaders.USER_AGENT, VoucherifyClientInfo.USER_AGENT);
			if (withCredentials) {
				headers.set(ApiHeadersConnector.APP_ID_HEADER, this.appId);
				headers.set(ApiHeadersConnector.APP_TOKEN_HEADER, this.appToken);
				headers.set(ApiHeadersConnector.CHANNEL_HEADER, this.channel);
			}
			return request.setComplete();
		})
			.onErrorMap((ex) -> !(ex instanceof VoucherifyException), (ex) -> transportFailure(ex, where, exportId, url))
			.flatMap((response) -> {
				int status = response.getStatusCode().value();
				if (response.getStatusCode().is2xxSuccessful()) {
					return Mono.just(response);
				}
				String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
				if (response.getStatusCode().is3xxRedirection() && location != null) {
					return response.getBody().doOnNext(DataBufferUtils::release).then(
							Mono.defer(() -> redirect(url, location, exportId, redirects)));
				}
				return DataBufferUtils.join(response.getBody(), ERROR_BODY_LIMIT)
					.map((buffer) -> {
						String text = buffer.toString(StandardCharsets.UTF_8);
						DataBufferUtils.release(buffer);
						return text;
					})
					.onErrorReturn("<error body larger than " + ERROR_BODY_LIMIT + " bytes>")
					.defaultIfEmpty("")
					.flatMap((body) -> Mono.error(VoucherifyErrorResponse
						.parse(status, response.getHeaders(), redact(body, url), this.errorBodyMapper)
						.toException(VoucherifyOperation.DOWNLOAD_EXPORT)));
			});
	}

	private Mono<ClientHttpResponse> redirect(URI from, String location, String exportId, int redirects) {
		if (redirects >= MAX_REDIRECTS) {
			return Mono.error(new VoucherifyResponseFormatException("downloadExport of " + exportId + " was redirected"
					+ " more than " + MAX_REDIRECTS + " times; the file was not fetched",
					VoucherifyOperation.DOWNLOAD_EXPORT, 0, null));
		}
		URI next;
		try {
			next = from.resolve(location.trim());
			checkFetchable(next, exportId);
			if ("https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
				throw new IllegalArgumentException("the download of export " + exportId
						+ " was redirected from https to plain http");
			}
		}
		catch (IllegalArgumentException ex) {
			return Mono.error(new VoucherifyResponseFormatException("downloadExport of " + exportId
					+ " got a redirect it will not follow: " + ex.getMessage(), VoucherifyOperation.DOWNLOAD_EXPORT, 0,
					null));
		}
		// Whatever host the redirect names, the credentials stay behind: only the link authorises it.
		return open(next, exportId, false, redirects + 1);
	}

	/** An absolute http(s) URL, plain http only when the API itself is reached over plain http. */
	private void checkFetchable(URI uri, String exportId) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("https") || scheme.equals("http")) || !StringUtils.hasText(uri.getHost())) {
			throw new IllegalArgumentException("result.url of export " + exportId + " is not an absolute http(s) URL");
		}
		if (scheme.equals("http") && !"http".equalsIgnoreCase(this.apiBaseUrl.getScheme())) {
			throw new IllegalArgumentException("result.url of export " + exportId + " uses plain http to "
					+ uri.getHost() + ", which would send its token in clear text");
		}
	}

	/**
	 * Whether {@code url} is on the download host that belongs to the configured API host,
	 * over https: {@code api.voucherify.io} to {@code download.voucherify.io},
	 * {@code us1.api.voucherify.io} to {@code us1.download.voucherify.io}.
	 */
	boolean isApiDownloadHost(URI url) {
		if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null
				|| (url.getPort() != -1 && url.getPort() != 443)) {
			return false;
		}
		String apiHost = this.apiBaseUrl.getHost().toLowerCase(Locale.ROOT);
		String[] labels = apiHost.split("\\.");
		for (int i = 0; i < labels.length - 1; i++) {
			if (labels[i].equals("api")) {
				labels[i] = "download";
				return url.getHost().toLowerCase(Locale.ROOT).equals(String.join(".", labels));
			}
		}
		return false;
	}

	private static VoucherifyException transportFailure(Throwable ex, String host, String exportId, URI url) {
		boolean neverSent = VouchersTemplate.neverSent(ex);
		boolean timedOut = VouchersTemplate.inCauses(ex, HttpTimeoutException.class::isInstance);
		// The cause is kept only when nothing in it shows the link.
		Throwable cause = mentions(ex, url) ? null : ex;
		String what = "downloadExport of " + exportId + " from " + host;
		if (timedOut) {
			return new VoucherifyResponseTimeoutException(what + " got no reply in time", VoucherifyOperation.DOWNLOAD_EXPORT,
					cause);
		}
		return new VoucherifyTransportException(what + " failed (" + ex.getClass().getSimpleName() + ")"
				+ (neverSent ? "; the request was not sent" : ""), VoucherifyOperation.DOWNLOAD_EXPORT, !neverSent, cause);
	}

	private static boolean mentions(Throwable ex, URI url) {
		List<String> secrets = querySecrets(url);
		return VouchersTemplate.inCauses(ex, (current) -> {
			String text = current.toString();
			return secrets.stream().anyMatch(text::contains);
		});
	}

	private static String redact(String body, URI url) {
		String redacted = body;
		for (String secret : querySecrets(url)) {
			redacted = redacted.replace(secret, "******");
		}
		return redacted;
	}

	/** Every query value of the link, raw and decoded: the token, and whatever else it may carry. */
	private static List<String> querySecrets(URI url) {
		String query = url.getRawQuery();
		if (query == null) {
			return List.of();
		}
		List<String> secrets = new ArrayList<>();
		for (String parameter : query.split("&")) {
			String value = parameter.substring(parameter.indexOf('=') + 1);
			if (value.length() >= 4) {
				secrets.add(value);
				try {
					secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					// Not percent-encoded as it should be: the raw value is all a message could show.
				}
			}
		}
		return secrets;
	}

	@Override
	public String toString() {
		return "ExportDownload[apiBaseUrl=" + this.apiBaseUrl + "]";
	}

}
