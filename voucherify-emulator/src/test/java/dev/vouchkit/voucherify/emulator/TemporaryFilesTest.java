package dev.vouchkit.voucherify.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV imports leave nothing behind in the temporary folder. The emulator runs as its own process
 * with its own {@code java.io.tmpdir}, so other tests and builds on the machine cannot change
 * what is counted.
 */
class TemporaryFilesTest {

	@TempDir
	Path temporaryFolder;

	@Test
	void csvImportsLeaveNoTemporaryEntriesBehind() throws Exception {
		List<Path> before = entries();
		try (EmulatorProcess process = EmulatorProcess.fromClassPath("-Djava.io.tmpdir=" + this.temporaryFolder)) {
			TestClient client = process.client();
			for (int upload = 0; upload < 3; upload++) {
				// Above the 64 KiB kept in memory, so the part spills to disk.
				assertThat(client.importCsv(csvOfAbout(100 * 1024, "U" + upload)).get("failed_count").asInt())
					.isZero();
			}
			List<Path> whileRunning = entries();
			assertThat(whileRunning).as("no RN_form_* directory per upload")
				.noneMatch((entry) -> entry.getFileName().toString().startsWith("RN_form_"));
			assertThat(whileRunning.size() - before.size()).as("one spill directory for all uploads").isLessThanOrEqualTo(1);
			assertThat(whileRunning).as("no spilled file outlives its upload").allMatch(Files::isDirectory);
		}
		assertThat(entries()).isEqualTo(before);
	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> entries = Files.walk(this.temporaryFolder)) {
			return entries.filter((entry) -> !entry.equals(this.temporaryFolder)).sorted().toList();
		}
	}

	private static byte[] csvOfAbout(int bytes, String prefix) {
		StringBuilder csv = new StringBuilder("Code,Voucher Type,Value\n");
		for (int row = 0; csv.length() < bytes; row++) {
			csv.append(prefix).append('-').append(row).append(",GIFT_VOUCHER,100\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
