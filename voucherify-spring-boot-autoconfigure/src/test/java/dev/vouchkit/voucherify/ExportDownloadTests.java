package dev.vouchkit.voucherify;

import java.net.URI;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.JdkClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which hosts get the app credentials with an export download: only the API host's own
 * download host, over https.
 */
class ExportDownloadTests {

	@Test
	void credentialsGoOnlyToTheApiHostsOwnDownloadHost() {
		assertThat(sendsCredentials("https://api.voucherify.io", "https://download.voucherify.io/v1/exports/e?token=t"))
			.isTrue();
		assertThat(sendsCredentials("https://us1.api.voucherify.io",
				"https://us1.download.voucherify.io:443/v1/exports/e?token=t")).isTrue();
		assertThat(sendsCredentials("https://as1.api.voucherify.io", "https://AS1.Download.voucherify.io/x")).isTrue();
		// Another region's, a look-alike, plain http, another port, the API host itself, a foreign host.
		assertThat(sendsCredentials("https://api.voucherify.io", "https://us1.download.voucherify.io/x")).isFalse();
		assertThat(sendsCredentials("https://api.voucherify.io", "https://download.voucherify.io.evil.com/x")).isFalse();
		assertThat(sendsCredentials("https://api.voucherify.io", "http://download.voucherify.io/x")).isFalse();
		assertThat(sendsCredentials("https://api.voucherify.io", "https://download.voucherify.io:8443/x")).isFalse();
		assertThat(sendsCredentials("https://api.voucherify.io", "https://api.voucherify.io/x")).isFalse();
		assertThat(sendsCredentials("https://api.voucherify.io", "https://files.example.com/x")).isFalse();
		// The emulator's download listener: loopback, another port, plain http.
		assertThat(sendsCredentials("http://127.0.0.1:8089", "http://127.0.0.1:8090/v1/exports/e?token=t")).isFalse();
	}

	private static boolean sendsCredentials(String apiBaseUrl, String url) {
		ExportDownload download = new ExportDownload(JdkClientHttpConnector::new, URI.create(apiBaseUrl), "id",
				"token", "channel", JsonMapper.builder().build());
		return download.isApiDownloadHost(URI.create(url));
	}

}
