package dev.vouchkit.voucherify;

import java.net.URI;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;

/**
 * Adds {@code X-App-Token} to the outgoing request at the connector, below WebClient.
 * WebClient logs the headers of its {@code ClientRequest} at TRACE when
 * {@code spring.codec.log-request-details} is on, and filters may log them too; a header
 * added here is in neither.
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
		return this.delegate.connect(method, uri, (request) -> {
			request.getHeaders().set(APP_TOKEN_HEADER, this.appToken);
			return requestCallback.apply(request);
		});
	}

	@Override
	public String toString() {
		return "CredentialsHeaderConnector[delegate=" + this.delegate + "]";
	}

}
