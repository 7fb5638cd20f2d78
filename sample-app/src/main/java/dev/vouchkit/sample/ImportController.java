package dev.vouchkit.sample;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.vouchkit.voucherify.model.AsyncAction;

/**
 * CSV imports: upload a file of vouchers, then read how the import went. Voucherify
 * imports asynchronously, so the upload answers 202 with the async action's id.
 */
@RestController
@RequestMapping("/api/imports")
public class ImportController {

	private final VoucherDesk desk;

	public ImportController(VoucherDesk desk) {
		this.desk = desk;
	}

	/** {@code multipart/form-data} with the file in part {@code file}. */
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	public Mono<ImportAccepted> upload(@RequestPart("file") FilePart file) {
		if (!file.filename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			throw new InvalidParameterException("file", "must be a .csv file, was " + file.filename());
		}
		return this.desk.importCsv(file)
			.map((response) -> new ImportAccepted(response.asyncActionId(),
					"/api/imports/" + response.asyncActionId()));
	}

	/** Waits until the import has finished, then shows its counts and each row that failed. */
	@GetMapping("/{asyncActionId}")
	public Mono<AsyncAction> outcome(@PathVariable String asyncActionId) {
		return this.desk.importOutcome(asyncActionId);
	}

	/** The import was accepted; {@code outcome} is where to read its result. */
	public record ImportAccepted(@JsonProperty("async_action_id") String asyncActionId,
			@JsonProperty("outcome") String outcome) {
	}

}
