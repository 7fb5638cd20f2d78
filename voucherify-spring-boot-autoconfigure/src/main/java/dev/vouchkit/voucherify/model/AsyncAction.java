package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An asynchronous action, read through {@code GET /v1/async-actions/{id}}: how a CSV import
 * (type {@code VOUCHERS.IMPORT_CSV}) started by import-vouchers-using-csv is doing. It goes
 * {@code ENQUEUED}, {@code IN_PROGRESS} (see {@code progress}), then {@code DONE} or
 * {@code FAILED}; a {@code DONE} import may still have failed rows, listed in
 * {@code result.failed}.
 *
 * @param id the async action id, {@code aa_…}
 * @param type what it does, e.g. {@code VOUCHERS.IMPORT_CSV}
 * @param status where it is
 * @param operationStatus {@code SUCCESS}, {@code FAILED} or {@code UNKNOWN}, for the action
 * types that report it
 * @param progress percent done, 0 to 100
 * @param processingTime how long it took, in milliseconds
 * @param createdAt when it was accepted
 * @param updatedAt when it last changed
 * @param requestId the id of the request that started it
 * @param object always {@code "async_action"}
 * @param result the outcome, once finished
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsyncAction(
		@JsonProperty("id") String id,
		@JsonProperty("type") String type,
		@JsonProperty("status") AsyncActionStatus status,
		@JsonProperty("operation_status") String operationStatus,
		@JsonProperty("progress") Integer progress,
		@JsonProperty("processing_time") Long processingTime,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("updated_at") OffsetDateTime updatedAt,
		@JsonProperty("request_id") String requestId,
		@JsonProperty("object") String object,
		@JsonProperty("result") Result result,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public AsyncAction {
		other = ModelSupport.map(other);
	}

	/**
	 * Whether the action has ended, {@code DONE} or {@code FAILED}: polling it further
	 * changes nothing.
	 * @return {@code true} once finished
	 */
	@JsonIgnore
	public boolean isFinished() {
		return AsyncActionStatus.DONE.equals(this.status) || AsyncActionStatus.FAILED.equals(this.status);
	}

	/**
	 * The outcome of a finished import.
	 *
	 * @param message e.g. {@code "4 voucher(s) imported successfully, 6 failed."}
	 * @param failed the rows that could not be imported, never {@code null}
	 * @param doneCount how many rows were imported
	 * @param failedCount how many rows failed
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Result(
			@JsonProperty("message") String message,
			@JsonProperty("failed") List<FailedRow> failed,
			@JsonProperty("done_count") Integer doneCount,
			@JsonProperty("failed_count") Integer failedCount) {

		public Result {
			failed = ModelSupport.list(failed);
		}

	}

	/**
	 * A row of the file that was not imported.
	 *
	 * @param code the voucher code of the row, possibly empty
	 * @param row where the row is in the file
	 * @param reason why it failed, e.g. {@code "Voucher Type is required"}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FailedRow(
			@JsonProperty("code") String code,
			@JsonProperty("row") Integer row,
			@JsonProperty("reason") String reason) {

	}

}
