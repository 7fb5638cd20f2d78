package dev.vouchkit.voucherify;

import java.net.URI;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientInfos;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;

/**
 * Adds {@code X-App-Token} to the outgoing request at the connector, below WebClient.
 * WebClient logs the headers of its {@code ClientRequest} at TRACE when
 * {@code spring.codec.log-request-details} is on, and filters may log them too; a header
 * added here is in neither.
 * <p>
 * It also refuses to send anything on a redirect that an HTTP connector follows by
 * itself (a Reactor Netty client configured with {@code followRedirect}): the token and
 * the body must never go where a {@code Location} header points. And it tells the
 * attempt's {@link ReplyDeadline} when and on which connection its request has been written.
 */
final class CredentialsHeaderConnector implements ClientHttpConnector {

	static final String APP_TOKEN_HEADER = "X-App-Token";

	private final ClientHttpConnector delegate;

	private final String appToken;

	CredentialsHeaderConnector(ClientHttpConnector delegate, String appToken) {
		this.delegate = delegate;
		this.appToken = appToken;
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
				request.getHeaders().set(APP_TOKEN_HEADER, this.appToken);
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
		return "CredentialsHeaderConnector[delegate=" + this.delegate + "]";
	}

}
