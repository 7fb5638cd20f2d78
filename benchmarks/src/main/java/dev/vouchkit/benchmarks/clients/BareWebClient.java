package dev.vouchkit.benchmarks.clients;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.benchmarks.boot.BenchmarkApplication;
import dev.vouchkit.benchmarks.load.LoadDriver;
import dev.vouchkit.benchmarks.load.ReactiveLoadDriver;
import dev.vouchkit.benchmarks.server.GiftCardServer;
import dev.vouchkit.voucherify.VoucherifyConnectionPool;
import dev.vouchkit.voucherify.model.Voucher;

/**
 * (a) The baseline: what anyone gets from WebClient alone, with its defaults (Reactor
 * Netty's shared connection pool, Jackson), sending the same credentials and decoding into
 * the same {@link Voucher} record as the starter. No Spring context, no retries, no
 * observation. (a1) is the same on a pool of its own leased most recently used first, as
 * the starter's is.
 */
public final class BareWebClient implements ClientUnderTest {

	/** The variant on the starter's connection pool: kept per event loop, leased most recently used first. */
	public static final String STARTER_POOL = "STARTER_POOL";

	private final WebClient webClient;

	private final @Nullable VoucherifyConnectionPool pool;

	public BareWebClient(String baseUrl) {
		this(baseUrl, null);
	}

	public BareWebClient(String baseUrl, @Nullable String variant) {
		this.pool = STARTER_POOL.equals(variant)
				? new VoucherifyConnectionPool(VoucherifyConnectionPool.DEFAULT_MAX_IDLE_TIME) : null;
		this.webClient = WebClient.builder()
			.clientConnector((this.pool != null) ? new ReactorClientHttpConnector(this.pool.httpClient(null))
					: new ReactorClientHttpConnector())
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
		return Map.of("client", "WebClient.builder().baseUrl(..).build(), default codecs, "
				+ ((this.pool != null) ? "Reactor Netty connector on VoucherifyConnectionPool (per event loop, LIFO)" : "default connector"));
	}

	@Override
	public void close() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

}
