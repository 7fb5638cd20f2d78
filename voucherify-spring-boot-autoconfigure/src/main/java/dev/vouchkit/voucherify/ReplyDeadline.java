package dev.vouchkit.voucherify;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.util.context.ContextView;

/**
 * The bound on one attempt's whole reply, headers and body, counted from the moment its
 * request has been written: an upload's own duration does not count against it, and a
 * reply that trickles in byte by byte cannot hold the call open past it. The template
 * puts one in the attempt's context; {@link CredentialsHeaderConnector} tells it when the
 * request has been written and on which connection.
 * <p>
 * When it expires it closes that connection before the attempt is cancelled, so a
 * connection with a reply still on its way is never handed back to the pool for the
 * next call to wait behind.
 */
final class ReplyDeadline {

	private final Sinks.Empty<Void> written = Sinks.empty();

	private volatile @Nullable Connection connection;

	private volatile boolean expired;

	static @Nullable ReplyDeadline from(ContextView context) {
		return context.getOrDefault(ReplyDeadline.class, null);
	}

	void connection(Connection connection) {
		this.connection = connection;
	}

	void requestWritten() {
		this.written.tryEmitEmpty();
	}

	/**
	 * Whether the bound has passed: closing the connection may fail the reply's reading (an
	 * incomplete body) before the timeout itself is signalled, and that failure is the timeout.
	 * @return {@code true} once expired
	 */
	boolean hasExpired() {
		return this.expired;
	}

	/**
	 * Emits once the request has been written and {@code timeout} has passed since.
	 * @param timeout the bound on the whole reply
	 * @return a signal for {@code Mono#timeout(Publisher)}
	 */
	Mono<Long> expiry(Duration timeout) {
		return this.written.asMono().then(Mono.delay(timeout)).doOnNext((tick) -> {
			this.expired = true;
			Connection current = this.connection;
			if (current != null) {
				current.dispose();
			}
		});
	}

}
