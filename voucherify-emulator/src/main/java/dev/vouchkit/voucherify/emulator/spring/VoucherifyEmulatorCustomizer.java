package dev.vouchkit.voucherify.emulator.spring;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

/** Callback to seed or configure the emulator bean once it has started (after the seed file). */
@FunctionalInterface
public interface VoucherifyEmulatorCustomizer {

	void customize(VoucherifyEmulator emulator);

}
