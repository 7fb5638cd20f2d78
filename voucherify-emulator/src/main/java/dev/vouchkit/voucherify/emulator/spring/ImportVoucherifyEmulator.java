package dev.vouchkit.voucherify.emulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Starts a {@link dev.vouchkit.voucherify.emulator.VoucherifyEmulator} in the application context;
 * the starter's auto-configuration connects the client to it (its
 * {@code VoucherifyConnectionDetails}), whatever {@code voucherify.base-url},
 * {@code voucherify.app-id} and {@code voucherify.app-token} say. See {@link VoucherifyEmulatorConfiguration} for the
 * {@code voucherify.emulator.*} properties it reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(VoucherifyEmulatorConfiguration.class)
public @interface ImportVoucherifyEmulator {

}
