package dev.vouchkit.benchmarks.clients;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.load.LoadDriver;
import dev.vouchkit.benchmarks.load.ReactiveLoadDriver;
import dev.vouchkit.benchmarks.server.GiftCardServer;
import dev.vouchkit.voucherify.model.Voucher;

/**
 * (a) The baseline: what anyone gets from WebClient alone, with its defaults (Reactor
 * Netty's shared connection pool, Jackson), sending the same credentials and decoding into
 * the same {@link Voucher} record as the starter. No Spring context, no retries, no
 * observation.
 */
public final class BareWebClient implements ClientUnderTest {

	private final WebClient webClient;

	public BareWebClient(String baseUrl) {
		this.webClient = WebClient.builder()
			.baseUrl(baseUrl)
			.defaultHeader("X-App-Id", BenchmarkApplication.APP_ID)
			.defaultHeader("X-App-Token", BenchmarkApplication.APP_TOKEN)
			.build();
	}

	private Mono<Voucher> getVoucher() {
		return this.webClient.get()
			.uri("/v1/vouchers/{code}", GiftCardServer.GIFT_CARD_CODE)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(Voucher.class);
	}

	@Override
	public void checkDecodesGiftCard() {
		Voucher voucher = getVoucher().block();
		GiftCardCheck.require(voucher != null && GiftCardCheck.isGiftCard(voucher), voucher);
	}

	@Override
	public LoadDriver driver() {
		return new ReactiveLoadDriver<>(this::getVoucher, GiftCardCheck::isGiftCard);
	}

	@Override
	public Map<String, Object> facts() {
		return Map.of("client", "WebClient.builder().baseUrl(..).build(), default connector and codecs");
	}

	@Override
	public void close() {
	}

}
