package dev.vouchkit.voucherify.emulator;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StandaloneMainTest {

	@Test
	void parsesArgumentsAndStartsWithTheSeed() {
		String seed = Path.of("src/test/resources/emulator/seed.json").toString();
		try (VoucherifyEmulator emulator = VoucherifyEmulatorMain.start("--port=0", "--app-id=cli-app",
				"--app-token=cli-token", "--seed=" + seed, "--rate-limit-per-minute=100")) {
			assertThat(emulator.appId()).isEqualTo("cli-app");
			assertThat(emulator.voucherCount()).isEqualTo(2);
			TestClient.Response response = new TestClient(emulator).get("/v1/vouchers/SEEDED-GIFT");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("x-rate-limit-limit")).isEqualTo("100");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> VoucherifyEmulatorMain.start("--port=abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> VoucherifyEmulatorMain.start("--unknown=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> VoucherifyEmulatorMain.start("--seed=/no/such/file.json"));
	}

	@Test
	void runsAsASeparateProcess() throws Exception {
		try (EmulatorProcess process = EmulatorProcess.fromClassPath()) {
			assertServes(process.client());
		}
	}

	/** Seeds a voucher through the admin API and reads it back, with and without credentials. */
	static void assertServes(TestClient client) {
		assertThat(client.anonymous().post("/_emulator/seed",
				"[{\"code\":\"P1\",\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":10}}]").status()).isEqualTo(200);
		assertThat(client.get("/v1/vouchers/P1").json().at("/gift/balance").asLong()).isEqualTo(10);
		assertThat(client.anonymous().get("/v1/vouchers/P1").status()).isEqualTo(401);
	}

}
