package dev.vouchkit.voucherify.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A transactions export, as returned (with status 200) by export-voucher-transactions and by
 * {@code GET /v1/exports/{id}}. It is created {@code SCHEDULED} with no {@code result}, goes
 * {@code IN_PROGRESS}, and ends {@code DONE} with {@code result.url} set, or {@code ERROR}.
 * {@code result} and {@code user_id} are required by the spec and written even when
 * {@code null}.
 *
 * @param id the export id, {@code exp_…}
 * @param object always {@code "export"}
 * @param createdAt when the export was created
 * @param status {@code SCHEDULED} on creation
 * @param channel who started it, e.g. {@code "API"}
 * @param exportedObject always {@code "voucher_transactions"}
 * @param parameters the requested order and columns plus the server's filters
 * @param result the download link; {@code null} until the file is ready
 * @param userId the dashboard user who started it; {@code null} for API calls
 * @param other the keys this client does not map, as decoded JSON (see {@link OpenObject})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionsExport(
		@JsonProperty("id") String id,
		@JsonProperty("object") String object,
		@JsonProperty("created_at") OffsetDateTime createdAt,
		@JsonProperty("status") ExportStatus status,
		@JsonProperty("channel") String channel,
		@JsonProperty("exported_object") String exportedObject,
		@JsonProperty("parameters") TransactionsExportParameters parameters,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("result") Result result,
		@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("user_id") String userId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements OpenObject {

	public TransactionsExport {
		other = ModelSupport.map(other);
	}

	/**
	 * The finished export's file.
	 *
	 * @param url the download URL on the {@code download} host; carries a token
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Result(@JsonProperty("url") String url) {

		/** The URL's query carries the download token, a secret: never shown. */
		@Override
		public String toString() {
			return "Result[url=" + withoutQuery(this.url) + "]";
		}

		private static String withoutQuery(String url) {
			if (url == null) {
				return "null";
			}
			int query = url.indexOf('?');
			return (query < 0) ? url : url.substring(0, query) + "?******";
		}

	}

	/**
	 * Whether the export has ended, {@code DONE} or {@code ERROR}: polling it further
	 * changes nothing.
	 * @return {@code true} once finished
	 */
	@JsonIgnore
	public boolean isFinished() {
		return ExportStatus.DONE.equals(this.status) || ExportStatus.ERROR.equals(this.status);
	}

}
