package dev.vouchkit.voucherify.testsupport;

import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import dev.vouchkit.voucherify.VouchersTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client tests' one toolkit: the credentials, a template pointed at a loopback server,
 * canned replies, and waiting for a call's error with a bound generous enough for a loaded
 * machine.
 */
public final class VoucherifyTestSupport {

	public static final String APP_ID = "test-app-id";

	public static final String APP_TOKEN = "s3cr3t-app-token-7f1c";

	/** How long a test waits for a call to end before it fails; never what decides an outcome. */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private VoucherifyTestSupport() {
	}

	/**
	 * A template builder for {@code server} with the test credentials.
	 * @param server the server
	 * @return a builder to refine
	 */
	public static VouchersTemplate.Builder templateBuilder(MockWebServer server) {
		return VouchersTemplate.builder().baseUrl(server.url("/").toString()).appId(APP_ID).appToken(APP_TOKEN);
	}

	/**
	 * A JSON reply.
	 * @param status the status
	 * @param json the body
	 * @return the reply
	 */
	public static MockResponse json(int status, String json) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json; charset=utf-8")
			.body(json)
			.build();
	}

	/**
	 * A reply with only a status.
	 * @param status the status
	 * @return the reply
	 */
	public static MockResponse status(int status) {
		return new MockResponse.Builder().code(status).build();
	}

	/**
	 * Subscribes and waits for the call to fail with {@code type}.
	 * @param <E> the expected type
	 * @param call the call
	 * @param type the expected type
	 * @return the error
	 */
	public static <E extends Throwable> E expectError(Mono<?> call, Class<E> type) {
		Throwable[] failure = new Throwable[1];
		StepVerifier.create(call).expectErrorSatisfies((ex) -> failure[0] = ex).verify(PATIENCE);
		assertThat(failure[0]).isInstanceOf(type);
		return type.cast(failure[0]);
	}

}
