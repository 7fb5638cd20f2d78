package dev.vouchkit.voucherify.emulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StandaloneMainTest {

	static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

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
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
				VoucherifyEmulatorMain.class.getName(), "--port=0", "--app-id=proc-app", "--app-token=proc-token");
		assertProcessServes(new ProcessBuilder(command));
	}

	/** Starts the process, waits for its "listening on" line, calls it, then stops it. */
	static void assertProcessServes(ProcessBuilder builder) throws Exception {
		Process process = builder.redirectErrorStream(true).start();
		try {
			BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String baseUrl = null;
			while (baseUrl == null) {
				String line = output.readLine();
				if (line == null) {
					break;
				}
				System.out.println("[emulator] " + line);
				Matcher matcher = LISTENING.matcher(line);
				if (matcher.find()) {
					baseUrl = matcher.group(1);
				}
			}
			assertThat(baseUrl).as("the process printed where it listens").isNotNull();
			TestClient client = new TestClient(baseUrl, "proc-app", "proc-token");
			assertThat(client.anonymous().post("/_emulator/seed",
					"[{\"code\":\"P1\",\"type\":\"GIFT_VOUCHER\",\"gift\":{\"amount\":10}}]").status()).isEqualTo(200);
			assertThat(client.get("/v1/vouchers/P1").json().at("/gift/balance").asLong()).isEqualTo(10);
			assertThat(client.anonymous().get("/v1/vouchers/P1").status()).isEqualTo(401);
		}
		finally {
			process.destroy();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		}
	}

}
