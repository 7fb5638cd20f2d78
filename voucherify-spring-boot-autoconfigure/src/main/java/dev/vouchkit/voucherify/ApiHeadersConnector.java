package dev.vouchkit.voucherify;

import java.net.URI;
import java.util.function.Function;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientInfos;
import reactor.netty.http.client.HttpClientRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Puts the client's headers on the outgoing request at the connector, below WebClient:
 * {@code X-App-Token} always, and with Reactor Netty the fixed ones too ({@code X-App-Id},
 * {@code X-Voucherify-Channel}, {@code User-Agent}, {@code Accept}).
 * <p>
 * The token goes here because WebClient logs the headers of its {@code ClientRequest} at
 * TRACE when {@code spring.codec.log-request-details} is on, and filters may log them
 * too; a header added here is in neither. The fixed headers go straight onto Reactor
 * Netty's request, where WebClient's default headers were copied three times per request
 * (into the {@code ClientRequest}, into the connector's request, onto Netty's), each copy
 * lower-casing every name into a new string. A header of the same name that WebClient's
 * request carries (set by a filter of the application's builder) is copied after them and
 * replaces it, as it replaced a default header before; the template gives the fixed values
 * to the application's default headers of those names, so that these do not. Another
 * connector gets the fixed headers as WebClient's default headers
 * ({@link #fixedHeadersOnTheWire()}).
 * <p>
 * It also refuses to send anything on a redirect that an HTTP connector follows by
 * itself (a Reactor Netty client configured with {@code followRedirect}): the token and
 * the body must never go where a {@code Location} header points. And it tells the
 * attempt's {@link ReplyDeadline} when and on which connection its request has been written.
 */
final class ApiHeadersConnector implements ClientHttpConnector {

	static final String APP_ID_HEADER = "X-App-Id";

	static final String APP_TOKEN_HEADER = "X-App-Token";

	static final String CHANNEL_HEADER = "X-Voucherify-Channel";

	private final ClientHttpConnector delegate;

	private final String appToken;

	/** The fixed headers and the token as Netty headers, made once; null when not on Reactor Netty. */
	private final io.netty.handler.codec.http.@Nullable HttpHeaders wireHeaders;

	/**
	 * @param delegate the connector that sends the request
	 * @param appToken the secret token
	 * @param fixedHeaders the headers every request carries, put on Reactor Netty's request
	 * when the delegate is Spring's {@link ReactorClientHttpConnector}
	 */
	ApiHeadersConnector(ClientHttpConnector delegate, String appToken, HttpHeaders fixedHeaders) {
		this.delegate = delegate;
		this.appToken = appToken;
		// Exactly Spring's connector: its native request is Reactor Netty's.
		this.wireHeaders = (delegate.getClass() == ReactorClientHttpConnector.class)
				? wireHeaders(fixedHeaders, appToken) : null;
	}

	private static io.netty.handler.codec.http.HttpHeaders wireHeaders(HttpHeaders fixedHeaders, String appToken) {
		DefaultHttpHeaders wire = new DefaultHttpHeaders();
		fixedHeaders.forEach(wire::set);
		wire.set(APP_TOKEN_HEADER, appToken);
		return wire;
	}

	/**
	 * Whether this connector puts the fixed headers on each request itself; when it does
	 * not, WebClient sends them as its default headers.
	 * @return {@code true} on Reactor Netty
	 */
	boolean fixedHeadersOnTheWire() {
		return this.wireHeaders != null;
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return Mono.deferContextual((context) -> {
			ReplyDeadline<?> deadline = ReplyDeadline.from(context);
			return this.delegate.connect(method, uri, (request) -> {
				if (request.getNativeRequest() instanceof HttpClientInfos reactorRequest
						&& reactorRequest.redirectedFrom().length > 0) {
					return Mono.error(new ConnectorFollowedRedirectException(request.getURI(),
							URI.create(reactorRequest.resourceUrl())));
				}
				io.netty.handler.codec.http.HttpHeaders wire = this.wireHeaders;
				if (wire != null) {
					// setAll: one of each, replacing what Reactor Netty set itself (Accept: */*).
					request.<HttpClientRequest>getNativeRequest().requestHeaders().setAll(wire);
				}
				else {
					request.getHeaders().set(APP_TOKEN_HEADER, this.appToken);
				}
				if (deadline == null) {
					return requestCallback.apply(request);
				}
				Connection connection = (request.getNativeRequest() instanceof Connection reactorConnection)
						? reactorConnection : null;
				return requestCallback.apply(request).doOnSuccess((done) -> deadline.requestWritten(connection));
			});
		});
	}

	/** A redirect the HTTP connector followed by itself, stopped before anything was sent. */
	static final class ConnectorFollowedRedirectException extends RuntimeException {

		private final URI from;

		private final URI to;

		ConnectorFollowedRedirectException(URI from, URI to) {
			super("redirect followed by the HTTP connector", null, false, false);
			this.from = from;
			this.to = to;
		}

		URI from() {
			return this.from;
		}

		URI to() {
			return this.to;
		}

	}

	@Override
	public String toString() {
		return "ApiHeadersConnector[delegate=" + this.delegate + "]";
	}

}
