package dev.vouchkit.voucherify.emulator;

import dev.vouchkit.voucherify.emulator.junit.VoucherifyEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One emulator per test class, reset before each test, and an HTTP client with its keys.
 */
abstract class EmulatorOverHttp {

	@RegisterExtension
	static final VoucherifyEmulatorExtension EMULATOR = new VoucherifyEmulatorExtension();

	protected VoucherifyEmulator emulator;

	protected TestClient client;

	@BeforeEach
	void connect() {
		this.emulator = EMULATOR.emulator();
		this.client = new TestClient(this.emulator);
	}

}
