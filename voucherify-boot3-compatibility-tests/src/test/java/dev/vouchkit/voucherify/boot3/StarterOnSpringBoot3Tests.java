package dev.vouchkit.voucherify.boot3;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@link Boot3Application}, a Spring Boot 3.5 application with the starter, in a
 * JVM of its own on this module's class path, as its user would run it.
 */
class StarterOnSpringBoot3Tests {

	@Test
	void applicationStopsWithOneSentenceNamingTheVersionsItFound(@TempDir Path directory) throws Exception {
		assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
		// The class path that, without the check, fails with a bean-override error: Spring Boot 3.5 with the
		// starter's auto-configuration and the Spring Boot 4 modules it brings.
		assertThat(ClassUtils.isPresent("dev.vouchkit.voucherify.autoconfigure.VoucherifyAutoConfiguration", null))
			.isTrue();
		assertThat(ClassUtils.isPresent("org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration",
				null))
			.isTrue();

		File output = directory.resolve("application.log").toFile();
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Boot3Application.class.getName(),
				"--voucherify.app-id=test-app-id", "--voucherify.app-token=test-app-token")
			.redirectErrorStream(true)
			.redirectOutput(output)
			.start();
		boolean exited = application.waitFor(3, TimeUnit.MINUTES);
		if (!exited) {
			application.destroyForcibly().waitFor();
		}
		String log = Files.readString(output.toPath());
		assertThat(exited).as("application exited within 3 minutes; its output:%n%s", log).isTrue();

		assertThat(application.exitValue()).as(log).isNotZero();
		assertThat(log).contains("APPLICATION FAILED TO START")
			.contains("The Voucherify Spring Boot starter needs Spring Boot 4.0 or later, Spring Framework 7 and "
					+ "Jackson 3, but this application runs on Spring Boot " + SpringBootVersion.getVersion()
					+ " and Spring Framework " + SpringVersion.getVersion() + ".")
			.contains("Upgrade the application to Spring Boot 4.0 or later")
			.doesNotContain("BeanDefinitionOverrideException", "defaultCodecCustomizer", "NoClassDefFoundError",
					"ClassNotFoundException")
			.as("no stack trace")
			.doesNotContainPattern("(?m)^\\s+at ");
	}

}
