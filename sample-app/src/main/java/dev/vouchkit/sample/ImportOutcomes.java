package dev.vouchkit.sample;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Reads a CSV import's outcome from Voucherify's {@code GET /v1/async-actions/{id}}.
 * <p>
 * That endpoint is not part of the Vouchers API, so the starter's
 * {@code VouchersOperations} does not offer it; this is a plain WebClient call that reuses
 * the starter's {@code voucherify.base-url}, {@code app-id} and {@code app-token}
 * properties. It has none of the starter's retries, circuit breaker or typed exceptions.
 */
@Component
public class ImportOutcomes {

	private final WebClient webClient;

	public ImportOutcomes(WebClient.Builder builder,
			@Value("${voucherify.base-url:https://api.voucherify.io}") String baseUrl,
			@Value("${voucherify.app-id:}") String appId, @Value("${voucherify.app-token:}") String appToken) {
		this.webClient = builder.baseUrl(baseUrl)
			.defaultHeader("X-App-Id", appId)
			.defaultHeader("X-App-Token", appToken)
			.build();
	}

	public Mono<ImportOutcome> outcome(String asyncActionId) {
		return this.webClient.get()
			.uri("/v1/async-actions/{id}", asyncActionId)
			.retrieve()
			.onStatus((status) -> status.value() == 404,
					(response) -> Mono.error(failure(HttpStatus.NOT_FOUND, "No import " + asyncActionId)))
			.onStatus(HttpStatusCode::isError, (response) -> Mono.error(failure(HttpStatus.BAD_GATEWAY,
					"Voucherify answered " + response.statusCode().value() + " for import " + asyncActionId)))
			.bodyToMono(ImportOutcome.class)
			.onErrorMap(WebClientRequestException.class,
					(ex) -> failure(HttpStatus.BAD_GATEWAY, "Voucherify did not answer: " + ex.getMessage()));
	}

	private static ErrorResponseException failure(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle((status == HttpStatus.NOT_FOUND) ? "Import not found" : "Voucherify call failed");
		return new ErrorResponseException(status, problem, null);
	}

	/**
	 * The parts of an async action the desk shows. {@code status} goes ENQUEUED,
	 * IN_PROGRESS, DONE (or FAILED); {@code result} is set once it is DONE.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ImportOutcome(@JsonProperty("id") String id, @JsonProperty("status") String status,
			@JsonProperty("progress") Integer progress, @JsonProperty("result") Result result) {

		@JsonIgnoreProperties(ignoreUnknown = true)
		public record Result(@JsonProperty("message") String message, @JsonProperty("done_count") Integer doneCount,
				@JsonProperty("failed_count") Integer failedCount, @JsonProperty("failed") List<FailedRow> failed) {
		}

		/** A row Voucherify could not import; {@code row} counts the header as row 1. */
		@JsonIgnoreProperties(ignoreUnknown = true)
		public record FailedRow(@JsonProperty("code") String code, @JsonProperty("row") Integer row,
				@JsonProperty("reason") String reason) {
		}

	}

}
