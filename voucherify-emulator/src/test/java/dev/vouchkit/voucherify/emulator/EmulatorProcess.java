package dev.vouchkit.voucherify.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator as a separate process, started from this test run's class path or a jar, known to
 * be up once it prints where it listens. {@link #close()} stops it as a user would (SIGTERM).
 */
final class EmulatorProcess implements AutoCloseable {

	static final String APP_ID = "proc-app";

	static final String APP_TOKEN = "proc-token";

	private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

	private final Process process;

	private final String baseUrl;

	private EmulatorProcess(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/** {@code java [jvmOptions] -cp <test class path> VoucherifyEmulatorMain} on a random port. */
	static EmulatorProcess fromClassPath(String... jvmOptions) throws IOException {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), VoucherifyEmulatorMain.class.getName()));
		return start(command);
	}

	/** {@code java -jar <jar>} on a random port. */
	static EmulatorProcess fromJar(Path jar) throws IOException {
		return start(new ArrayList<>(List.of(java(), "-jar", jar.toString())));
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static EmulatorProcess start(List<String> command) throws IOException {
		command.addAll(List.of("--port=0", "--app-id=" + APP_ID, "--app-token=" + APP_TOKEN));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			System.out.println("[emulator] " + line);
			Matcher matcher = LISTENING.matcher(line);
			if (matcher.find()) {
				return new EmulatorProcess(process, matcher.group(1));
			}
		}
		process.destroy();
		throw new AssertionError("The emulator process ended without saying where it listens");
	}

	TestClient client() {
		return new TestClient(this.baseUrl, APP_ID, APP_TOKEN);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("the process stopped").isTrue();
	}

}
