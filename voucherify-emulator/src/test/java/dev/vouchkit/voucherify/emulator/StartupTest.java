package dev.vouchkit.voucherify.emulator;

import java.time.Duration;

import dev.vouchkit.voucherify.emulator.junit.VoucherifyEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(VoucherifyEmulatorExtension.class)
class StartupTest {

	@Test
	void startsQuicklyOnARandomPort() {
		long started = System.nanoTime();
		try (VoucherifyEmulator emulator = VoucherifyEmulator.builder().port(0).appId("a").appToken("t").start()) {
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("Emulator started on %s in %d ms%n", emulator.baseUrl(), took.toMillis());
			assertThat(took).isLessThan(Duration.ofSeconds(10));
			assertThat(emulator.port()).isPositive();
			assertThat(new TestClient(emulator).get("/v1/vouchers").status()).isEqualTo(200);
		}
	}

	@Test
	void theExtensionInjectsARunningEmulator(VoucherifyEmulator emulator) {
		emulator.addGiftCard("X", 1);
		assertThat(new TestClient(emulator).get("/v1/vouchers/X").status()).isEqualTo(200);
	}

	@Test
	void theExtensionResetsStateBetweenTests(VoucherifyEmulator emulator) {
		assertThat(emulator.voucherCount()).isZero();
		emulator.addGiftCard("X", 1);
	}

}
