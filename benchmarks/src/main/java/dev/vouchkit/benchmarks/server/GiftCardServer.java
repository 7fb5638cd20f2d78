package dev.vouchkit.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loopback server every client calls: {@code GET /v1/vouchers/{code}} answers 200 with
 * the spec's gift-card example, the same bytes for every code and every client; anything
 * else is a 404. It does no work per request beyond routing, so differences between the
 * clients are the clients'.
 */
public final class GiftCardServer implements AutoCloseable {

	/** The code the clients ask for: the example's own. */
	public static final String GIFT_CARD_CODE = "GIFT-CARD-xwc6X7Tk";

	/** The example's balance, checked by every client once before it is measured. */
	public static final long GIFT_CARD_BALANCE = 44_700;

	private static final String EXAMPLE = "/benchmarks/gift-card-voucher.json";

	private final DisposableServer server;

	private GiftCardServer(DisposableServer server) {
		this.server = server;
	}

	/**
	 * Starts the server on a free loopback port.
	 * @return the running server
	 */
	public static GiftCardServer start() {
		byte[] body = giftCardJson();
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/vouchers/{code}",
					(request, response) -> response.header("Content-Type", "application/json")
						.header("Content-Length", Integer.toString(body.length))
						.sendByteArray(Mono.just(body))))
			.bindNow(Duration.ofSeconds(10));
		return new GiftCardServer(server);
	}

	/**
	 * The example as the API sends it: compact JSON, the spec file's field order.
	 * @return the response body
	 */
	public static byte[] giftCardJson() {
		try (InputStream example = GiftCardServer.class.getResourceAsStream(EXAMPLE)) {
			if (example == null) {
				throw new IllegalStateException(EXAMPLE + " is missing from the classpath");
			}
			JsonMapper mapper = JsonMapper.builder().build();
			return mapper.writeValueAsBytes(mapper.readTree(example));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

}
