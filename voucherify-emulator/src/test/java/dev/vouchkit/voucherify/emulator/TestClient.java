package dev.vouchkit.voucherify.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain java.net.http client for the emulator (deliberately not the starter's client). Every
 * response under /v1/vouchers is checked against the OpenAPI contract on the way back.
 */
final class TestClient {

	private static final String BOUNDARY = "----emulator-test-boundary";

	/** For tests that drive many calls themselves. */
	static final HttpClient HTTP = newHttpClient();

	/** Each client has its own connection pool, so no stale connection outlives an emulator. */
	private final HttpClient http = newHttpClient();

	private final String baseUrl;

	private final String appId;

	private final String appToken;

	TestClient(VoucherifyEmulator emulator) {
		this(emulator.baseUrl(), emulator.appId(), emulator.appToken());
	}

	TestClient(String baseUrl, String appId, String appToken) {
		this.baseUrl = baseUrl;
		this.appId = appId;
		this.appToken = appToken;
	}

	private static HttpClient newHttpClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** The same server without credentials. */
	TestClient anonymous() {
		return new TestClient(this.baseUrl, null, null);
	}

	/** Encodes one path segment: everything but unreserved characters is percent-encoded. */
	static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	Response get(String path) {
		return send("GET", path, null);
	}

	Response post(String path, String json) {
		return send("POST", path, json);
	}

	Response delete(String path) {
		return send("DELETE", path, null);
	}

	Response send(String method, String path, String json, String... headers) {
		HttpRequest.Builder request = request(path, headers);
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	/** importCSV with {@code file} as the multipart part named {@code part}. */
	Response uploadCsv(String part, byte[] file) {
		return send(request("/v1/vouchers/importCSV")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(part, file)))
			.build());
	}

	/** importCSV with {@code file} as part {@code file}; returns the import's result once it has finished. */
	JsonNode importCsv(byte[] file) {
		Response accepted = uploadCsv("file", file);
		if (accepted.status() != 202) {
			throw new AssertionError("importCSV answered " + accepted.status() + ": " + accepted.body());
		}
		String action = "/v1/async-actions/" + accepted.json().get("async_action_id").asString();
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> get(action).json(), (json) -> json.has("result"))
			.get("result");
	}

	private static byte[] multipart(String part, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"webhooks_enable\"\r\n\r\nfalse\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
				+ "\"; filename=\"vouchers.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(30));
		if (this.appId != null) {
			request.header("X-App-Id", this.appId).header("X-App-Token", this.appToken);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Response result = new Response(response.statusCode(), response.headers(), response.body());
			SpecValidator.assertValid(request.method(), request.uri().getRawPath(), result.status(),
					result.header("content-type"), result.body());
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, HttpHeaders headers, String body) {

		JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
