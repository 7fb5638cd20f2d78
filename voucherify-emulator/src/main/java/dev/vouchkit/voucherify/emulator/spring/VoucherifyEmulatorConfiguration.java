package dev.vouchkit.voucherify.emulator.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Declares the emulator as a bean, closed with the context. With the starter on the
 * classpath, its auto-configuration then connects the client to it through
 * {@code VoucherifyConnectionDetails}, in place of the {@code voucherify.base-url},
 * {@code app-id} and {@code app-token} properties (Spring Boot's connection-details pattern).
 *
 * <p>
 * Reads, all optional:
 * <ul>
 * <li>{@code voucherify.emulator.port} (0: a free port), {@code voucherify.emulator.host}</li>
 * <li>{@code voucherify.emulator.app-id}, {@code voucherify.emulator.app-token}</li>
 * <li>{@code voucherify.emulator.seed}: a seed file, {@code classpath:...}, {@code file:...} or a
 * path</li>
 * <li>{@code voucherify.emulator.rate-limit-per-minute}</li>
 * <li>{@code voucherify.emulator.download-port} (0: a free port), the download listener</li>
 * <li>{@code voucherify.emulator.job-duration} (default 1s): how long imports and exports take</li>
 * </ul>
 * {@link VoucherifyEmulatorCustomizer} beans run after the seed.
 */
@Configuration(proxyBeanMethods = false)
public class VoucherifyEmulatorConfiguration {

	public static final String PREFIX = "voucherify.emulator.";

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

	@Bean(destroyMethod = "close")
	public VoucherifyEmulator voucherifyEmulator(Environment environment, ResourceLoader resourceLoader,
			ObjectProvider<VoucherifyEmulatorCustomizer> customizers) {
		VoucherifyEmulator.Builder builder = VoucherifyEmulator.builder()
			.port(environment.getProperty(PREFIX + "port", Integer.class, 0))
			.host(environment.getProperty(PREFIX + "host", "127.0.0.1"))
			.appId(environment.getProperty(PREFIX + "app-id", VoucherifyEmulator.DEFAULT_APP_ID))
			.appToken(environment.getProperty(PREFIX + "app-token", VoucherifyEmulator.DEFAULT_APP_TOKEN))
			.rateLimitPerMinute(environment.getProperty(PREFIX + "rate-limit-per-minute", Integer.class, 0))
			.cycleQuota(environment.getProperty(PREFIX + "cycle-quota", Long.class, 0L))
			.downloadPort(environment.getProperty(PREFIX + "download-port", Integer.class, 0));
		Integer rateLimit = environment.getProperty(PREFIX + "rate-limit", Integer.class);
		if (rateLimit != null) {
			builder.rateLimit(rateLimit, Duration
				.ofSeconds(environment.getProperty(PREFIX + "rate-limit-window-seconds", Integer.class, 60)));
		}
		String jobDuration = environment.getProperty(PREFIX + "job-duration");
		if (jobDuration != null && !jobDuration.isBlank()) {
			builder.jobDuration(parseDuration(jobDuration));
		}
		VoucherifyEmulator emulator = builder.start();
		try {
			String seed = environment.getProperty(PREFIX + "seed");
			if (seed != null && !seed.isBlank()) {
				emulator.seed(readSeed(seed, resourceLoader));
			}
			customizers.orderedStream().forEach((customizer) -> customizer.customize(emulator));
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw ex;
		}
		return emulator;
	}

	/** {@code 500ms}, {@code 2s}, {@code 1m}, a bare number of milliseconds, or ISO-8601 ({@code PT1S}). */
	static Duration parseDuration(String text) {
		Matcher simple = SIMPLE_DURATION.matcher(text.trim());
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			return switch (simple.group(2) == null ? "ms" : simple.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofMillis(amount);
			};
		}
		try {
			return Duration.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(PREFIX + "job-duration must look like 500ms, 2s, 1m or PT1S, was '"
					+ text + "'", ex);
		}
	}

	private static String readSeed(String location, ResourceLoader resourceLoader) {
		try {
			if (location.startsWith("classpath:") || location.startsWith("file:")) {
				try (InputStream input = resourceLoader.getResource(location).getInputStream()) {
					return new String(input.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return Files.readString(Path.of(location));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + PREFIX + "seed " + location, ex);
		}
	}

}
