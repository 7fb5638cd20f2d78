package dev.vouchkit.voucherify.emulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleTest {

	@Test
	void holdsAndPagesOneHundredThousandVouchers() {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			long started = System.nanoTime();
			for (int i = 0; i < 100_000; i++) {
				String code = String.format("SCALE-%06d", i);
				if (i % 2 == 0) {
					emulator.addGiftCard(code, i);
				}
				else {
					emulator.addAmountDiscount(code, i);
				}
			}
			System.out.printf("Seeded 100,000 vouchers in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			TestClient client = new TestClient(emulator);
			JsonNode first = client.get("/v1/vouchers?limit=100").json();
			assertThat(first.get("total").asInt()).isEqualTo(100_000);
			assertThat(first.get("vouchers").get(0).get("code").asString()).isEqualTo("SCALE-099999");
			JsonNode last = client.get("/v1/vouchers?limit=100&page=99&order=code").json();
			assertThat(last.get("vouchers")).hasSize(100);
			assertThat(last.get("vouchers").get(99).get("code").asString()).isEqualTo("SCALE-009899");
			assertThat(client.get("/v1/vouchers?code=SCALE-054321").json().get("vouchers").get(0).at("/discount/amount_off")
				.asLong()).isEqualTo(54_321);
			assertThat(client.get("/v1/vouchers/SCALE-077777").status()).isEqualTo(200);
			long pagingStarted = System.nanoTime();
			Set<String> seen = new java.util.HashSet<>();
			for (int page = 1; page <= 20; page++) {
				VouchersApiTest.codes(client.get("/v1/vouchers?limit=100&page=" + page)).forEach(seen::add);
			}
			assertThat(seen).hasSize(2_000);
			System.out.printf("20 list pages over 100,000 vouchers in %d ms%n", (System.nanoTime() - pagingStarted) / 1_000_000);
		}
	}

	@Test
	void servesAThousandConcurrentRequestsWithoutAnError() throws Exception {
		try (VoucherifyEmulator emulator = VoucherifyEmulator.start()) {
			emulator.addGiftCard("SHARED", 0);
			for (int i = 0; i < 100; i++) {
				emulator.addAmountDiscount("D" + i, 100);
			}
			TestClient client = new TestClient(emulator);
			// Bounded in flight, so the test measures the emulator, not the client's socket limits.
			Semaphore inFlight = new Semaphore(200);
			Set<Integer> statuses = ConcurrentHashMap.newKeySet();
			List<CompletableFuture<?>> calls = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				HttpRequest request = switch (i % 4) {
					case 0 -> client.request("/v1/vouchers/SHARED/balance")
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1}"))
						.build();
					case 1 -> client.request("/v1/vouchers/D" + (i % 100)).GET().build();
					case 2 -> client.request("/v1/vouchers?limit=20&page=" + (1 + i % 5)).GET().build();
					default -> client.request("/v1/vouchers/SHARED/transactions?limit=5").GET().build();
				};
				inFlight.acquire();
				calls.add(TestClient.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
					.whenComplete((response, error) -> {
						inFlight.release();
						statuses.add(error != null ? -1 : response.statusCode());
					}));
			}
			CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
			assertThat(statuses).containsOnly(200);
			assertThat(emulator.voucher("SHARED").orElseThrow().at("/gift/balance").asLong()).isEqualTo(250);
			assertThat(emulator.transactions("SHARED")).hasSize(250);
			assertThat(emulator.journal().count(Operation.UPDATE_VOUCHER_BALANCE)).isEqualTo(250);
		}
	}

}
