package dev.vouchkit.voucherify.observation;

import java.time.Duration;
import java.util.List;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.voucherify.VoucherifyNotFoundException;
import dev.vouchkit.voucherify.VoucherifyRedirectException;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code voucherify.client.operation} observation per logical call, parent of the
 * {@code http.client.requests} observation of each attempt, child of the caller's.
 */
class VoucherifyObservationDecoratorTests {

	private static final String SECRET_CODE = "GIFT-SECRET-8812";

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@Test
	void oneObservationSpansTheRetriesAndParentsEachAttempt() {
		this.server.enqueue(VoucherifyTestSupport.status(503));
		this.server.enqueue(voucher());
		StepVerifier.create(template(null).getVoucher(SECRET_CODE))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("voucherify.client.operation", 1)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.hasObservationWithNameEqualTo("voucherify.client.operation")
			.that()
			.hasContextualNameEqualTo("voucherify vouchers.get")
			.hasLowCardinalityKeyValue("voucherify.operation", "vouchers.get")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "2xx")
			.hasLowCardinalityKeyValue("voucherify.error", "none")
			.hasBeenStarted()
			.hasBeenStopped();
		TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
			Observation.Context operation = single(contexts, "voucherify.client.operation");
			for (Observation.Context context : contexts) {
				if (context.getName().equals("http.client.requests")) {
					assertThat(context.getParentObservation().getContextView()).isSameAs(operation);
				}
				// Voucher codes never become tags.
				assertThat(context.getLowCardinalityKeyValues()).noneMatch((kv) -> kv.getValue().contains(SECRET_CODE));
			}
		});
	}

	@Test
	void callsWithTheirResponseAreObservedWithTheirBody() {
		this.server.enqueue(voucher());
		StepVerifier.create(template(null).withResponse().getVoucher(SECRET_CODE))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(200))
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
			VoucherifyObservationContext operation = (VoucherifyObservationContext) single(contexts,
					"voucherify.client.operation");
			assertThat(operation.getResponse()).isInstanceOf(Voucher.class);
			assertThat(operation.getLowCardinalityKeyValues()).contains(KeyValue.of("outcome", "SUCCESS"));
		});
	}

	@Test
	void errorsAreTaggedByTheApiKeyAndCarryTheRequestId() {
		this.server.enqueue(new MockResponse.Builder().code(404)
			.setHeader("Content-Type", "application/json")
			.body("{\"code\":404,\"key\":\"not_found\",\"message\":\"Resource not found\",\"request_id\":\"v-0a96cd820301c0483a\"}")
			.build());
		StepVerifier.create(template(null).getVoucher(SECRET_CODE))
			.expectError(VoucherifyNotFoundException.class)
			.verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("voucherify.client.operation")
			.that()
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasLowCardinalityKeyValue("status", "404")
			.hasLowCardinalityKeyValue("voucherify.error", "not_found")
			.hasHighCardinalityKeyValue("voucherify.request.id", "v-0a96cd820301c0483a")
			.assertThatError()
			.isInstanceOf(VoucherifyNotFoundException.class);
	}

	@Test
	void redirectsAreTaggedAsRedirection() {
		this.server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://elsewhere.test/x").build());
		StepVerifier.create(template(null).getVoucher("A"))
			.expectError(VoucherifyRedirectException.class)
			.verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("voucherify.client.operation")
			.that()
			.hasLowCardinalityKeyValue("outcome", "REDIRECTION")
			.hasLowCardinalityKeyValue("status", "302")
			.hasLowCardinalityKeyValue("voucherify.error", "VoucherifyRedirectException");
	}

	@Test
	void failuresWithoutAReplyAreTaggedByExceptionType() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(VoucherifyTestSupport.status(503));
		}
		StepVerifier.create(template(null).getVoucher("A")).expectError().verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("voucherify.client.operation")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
			.hasLowCardinalityKeyValue("status", "503")
			.hasLowCardinalityKeyValue("voucherify.error", "VoucherifyServiceUnavailableException");
	}

	@Test
	void nestsUnderTheCallersObservationFromTheReactorContext() {
		this.server.enqueue(voucher());
		Observation caller = Observation.start("checkout", this.registry);
		StepVerifier
			.create(template(null).getVoucher("A")
				.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, caller)))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		caller.stop();
		TestObservationRegistryAssert.assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> assertThat(
				single(contexts, "voucherify.client.operation").getParentObservation())
			.isSameAs(caller));
	}

	@Test
	void aCustomConventionReplacesTheDefault() {
		this.server.enqueue(voucher());
		VoucherifyObservationConvention custom = new DefaultVoucherifyObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(VoucherifyObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", "north"));
			}

		};
		StepVerifier.create(template(custom).getVoucher("A")).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(30));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("voucherify.client.operation")
			.that()
			.hasLowCardinalityKeyValue("tenant", "north")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS");
	}

	@Test
	void documentationListsTheKeysTheConventionWrites() {
		assertThat(VoucherifyObservationDocumentation.CLIENT_OPERATION.getLowCardinalityKeyNames())
			.extracting(io.micrometer.common.docs.KeyName::asString)
			.containsExactly("voucherify.operation", "outcome", "status", "voucherify.error", "voucherify.reconciliation");
		assertThat(VoucherifyObservationDocumentation.CLIENT_OPERATION.getHighCardinalityKeyNames())
			.extracting(io.micrometer.common.docs.KeyName::asString)
			.containsExactly("voucherify.request.id");
	}

	private VouchersTemplate template(VoucherifyObservationConvention convention) {
		VoucherifyResilienceDecorator resilience = VoucherifyResilienceDecorator.builder()
			.backoff(Duration.ofMillis(1), 1, Duration.ofMillis(1), 0)
			.build();
		return VoucherifyTestSupport.templateBuilder(this.server)
			.webClientBuilder(WebClient.builder().observationRegistry(this.registry))
			.decorator(resilience.wrappedIn(new VoucherifyObservationDecorator(this.registry, convention)))
			.build();
	}

	private static MockResponse voucher() {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"code\":\"A\"}")
			.build();
	}

	private static Observation.Context single(List<Observation.Context> contexts, String name) {
		List<Observation.Context> named = contexts.stream().filter((context) -> name.equals(context.getName())).toList();
		assertThat(named).hasSize(1);
		return named.get(0);
	}

}
