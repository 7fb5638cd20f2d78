package dev.vouchkit.voucherify.autoconfigure;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

/**
 * {@link VoucherifyConnectionDetails} of a running {@link VoucherifyEmulator}: its loopback
 * URL and the application keys it accepts.
 */
final class EmulatorConnectionDetails implements VoucherifyConnectionDetails {

	private final VoucherifyEmulator emulator;

	EmulatorConnectionDetails(VoucherifyEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String getAppId() {
		return this.emulator.appId();
	}

	@Override
	public String getAppToken() {
		return this.emulator.appToken();
	}

	@Override
	public String toString() {
		// The token is a secret, even the emulator's.
		return "EmulatorConnectionDetails[baseUrl=" + getBaseUrl() + ", appId=" + getAppId() + "]";
	}

}
