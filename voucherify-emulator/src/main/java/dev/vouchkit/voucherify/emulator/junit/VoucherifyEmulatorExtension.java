package dev.vouchkit.voucherify.emulator.junit;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension owning one emulator.
 * <ul>
 * <li>{@code @ExtendWith(VoucherifyEmulatorExtension.class)}: defaults; inject it as a
 * {@link VoucherifyEmulator} test or lifecycle method parameter.</li>
 * <li>{@code @RegisterExtension static VoucherifyEmulatorExtension emulator =
 * new VoucherifyEmulatorExtension(VoucherifyEmulator.builder().appId("id"));} for settings.</li>
 * </ul>
 * Registered statically or with {@code @ExtendWith}, one emulator serves the whole class and its
 * state is reset before each test (see {@link #resetBeforeEach(boolean)}); as an instance field,
 * each test gets its own.
 */
public final class VoucherifyEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private final VoucherifyEmulator.Builder builder;

	private boolean resetBeforeEach = true;

	private VoucherifyEmulator emulator;

	private boolean startedForOneTest;

	public VoucherifyEmulatorExtension() {
		this(VoucherifyEmulator.builder());
	}

	public VoucherifyEmulatorExtension(VoucherifyEmulator.Builder builder) {
		this.builder = builder;
	}

	/** Whether state, faults and journal are cleared before each test (default true). */
	public VoucherifyEmulatorExtension resetBeforeEach(boolean reset) {
		this.resetBeforeEach = reset;
		return this;
	}

	/** The running emulator. */
	public VoucherifyEmulator emulator() {
		if (this.emulator == null) {
			throw new IllegalStateException("The emulator starts before the first test");
		}
		return this.emulator;
	}

	public String baseUrl() {
		return emulator().baseUrl();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.emulator == null) {
			this.emulator = this.builder.start();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.emulator == null) {
			this.emulator = this.builder.start();
			this.startedForOneTest = true;
		}
		else if (this.resetBeforeEach) {
			this.emulator.reset();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.startedForOneTest) {
			stop();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// Nested classes share the outer class's emulator; only the outermost class stops it.
		if (context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty()) {
			stop();
		}
	}

	private void stop() {
		if (this.emulator != null) {
			this.emulator.close();
			this.emulator = null;
			this.startedForOneTest = false;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == VoucherifyEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		if (this.emulator == null) {
			beforeAll(extensionContext);
		}
		return this.emulator;
	}

}
