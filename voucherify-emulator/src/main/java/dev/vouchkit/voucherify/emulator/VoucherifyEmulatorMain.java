package dev.vouchkit.voucherify.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar voucherify-emulator-<version>-standalone.jar --port=8080 --app-id=ID
 * --app-token=TOKEN [--host=127.0.0.1] [--seed=file.json] [--rate-limit-per-minute=N]
 * [--download-port=8081] [--job-duration-ms=1000]}
 */
public final class VoucherifyEmulatorMain {

	private VoucherifyEmulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		VoucherifyEmulator emulator;
		try {
			emulator = start(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: --port=<port> --app-id=<id> --app-token=<token> [--host=<address>] "
					+ "[--seed=<file.json>] [--rate-limit-per-minute=<n>] [--download-port=<port>] [--job-duration-ms=<ms>]");
			System.exit(2);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "voucherify-emulator-shutdown"));
		stopped.await();
	}

	/** Parses the arguments, starts the emulator, applies the seed and prints where it listens. */
	public static VoucherifyEmulator start(String... args) {
		VoucherifyEmulator.Builder builder = VoucherifyEmulator.builder();
		Path seed = null;
		Integer rateLimit = null;
		Duration rateLimitWindow = null;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("Unrecognised argument: " + arg);
			}
			String value = arg.substring(eq + 1);
			switch (arg.substring(2, eq)) {
				case "port" -> builder.port(parseInt("port", value));
				case "host" -> builder.host(value);
				case "app-id" -> builder.appId(value);
				case "app-token" -> builder.appToken(value);
				case "seed" -> seed = Path.of(value);
				case "rate-limit-per-minute" -> builder.rateLimitPerMinute(parseInt("rate-limit-per-minute", value));
				case "rate-limit" -> rateLimit = parseInt("rate-limit", value);
				case "rate-limit-window-seconds" -> rateLimitWindow = Duration
					.ofSeconds(parseInt("rate-limit-window-seconds", value));
				case "cycle-quota" -> builder.cycleQuota(parseInt("cycle-quota", value));
				case "download-port" -> builder.downloadPort(parseInt("download-port", value));
				case "job-duration-ms" -> builder.jobDuration(java.time.Duration.ofMillis(parseInt("job-duration-ms", value)));
				default -> throw new IllegalArgumentException("Unrecognised argument: " + arg);
			}
		}
		if (rateLimit != null || rateLimitWindow != null) {
			if (rateLimit == null) {
				throw new IllegalArgumentException("--rate-limit-window-seconds needs --rate-limit");
			}
			builder.rateLimit(rateLimit, (rateLimitWindow != null) ? rateLimitWindow : Duration.ofMinutes(1));
		}
		long started = System.nanoTime();
		VoucherifyEmulator emulator = builder.start();
		if (seed != null) {
			try {
				emulator.seed(seed);
			}
			catch (RuntimeException ex) {
				emulator.close();
				throw new IllegalArgumentException("Cannot apply seed " + seed + ": " + ex.getMessage(), ex);
			}
		}
		System.out.printf("Voucherify emulator listening on %s (app id %s, downloads on %s), %d vouchers, started in %d ms%n",
				emulator.baseUrl(), emulator.appId(), emulator.downloadBaseUrl(), emulator.voucherCount(),
				(System.nanoTime() - started) / 1_000_000);
		return emulator;
	}

	private static int parseInt(String name, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number, was " + value);
		}
	}

}
