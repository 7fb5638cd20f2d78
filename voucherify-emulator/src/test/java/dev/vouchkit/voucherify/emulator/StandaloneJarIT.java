package dev.vouchkit.voucherify.emulator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded {@code -standalone} jar with {@code java -jar} (failsafe, after packaging). */
class StandaloneJarIT {

	@Test
	void theStandaloneJarServesTheApi() throws Exception {
		Path jar = Path.of(System.getProperty("emulator.standalone.jar", "target/missing.jar"));
		assertThat(jar).as("built by the package phase").exists();
		assertThat(Files.size(jar)).isGreaterThan(1_000_000);
		try (EmulatorProcess process = EmulatorProcess.fromJar(jar)) {
			StandaloneMainTest.assertServes(process.client());
		}
	}

}
