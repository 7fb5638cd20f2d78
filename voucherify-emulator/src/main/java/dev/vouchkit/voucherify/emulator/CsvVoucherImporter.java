package dev.vouchkit.voucherify.emulator;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One importCSV file, applied row by row. Rows are turned into the JSON a create call takes and
 * go through the same {@link VoucherJson#read} path, so CSV and JSON vouchers cannot drift apart.
 * Bad rows land in {@code failed[]}; they never fail the HTTP call.
 *
 * <p>
 * {@code Value} is read in minor units (gift card balance, AMOUNT and FIXED discounts), the same
 * as the JSON API. API-NOTES section 6 leaves the CSV unit open (the official templates look like
 * major units); choosing one unit for both paths keeps seeds interchangeable. PERCENT takes the
 * percentage, LOYALTY_CARD the points.
 */
final class CsvVoucherImporter {

	static final int MAX_CODES = 100_000;

	private static final Map<String, String> STANDARD_COLUMNS = Map.ofEntries(Map.entry("code", "Code"),
			Map.entry("voucher type", "Voucher Type"), Map.entry("value", "Value"),
			Map.entry("discount type", "Discount Type"), Map.entry("category", "Category"),
			Map.entry("start date", "Start Date"), Map.entry("expiration date", "Expiration Date"),
			Map.entry("redemption limit", "Redemption Limit"), Map.entry("redeemed quantity", "Redeemed Quantity"),
			Map.entry("redeemed amount", "Redeemed Amount"), Map.entry("active", "Active"),
			Map.entry("additional info", "Additional Info"));

	private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
			DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"),
			DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));

	private final EmulatorState state;

	private final Set<String> codesInFile = new HashSet<>();

	private final ArrayNode failed = Json.array();

	private int doneCount;

	CsvVoucherImporter(EmulatorState state) {
		this.state = state;
	}

	/** Reads and applies the whole file; returns the async action's {@code result}. */
	ObjectNode run(Reader input) {
		List<String> header = null;
		int rowNumber = 0;
		int codes = 0;
		try (MappingIterator<List<String>> records = Csv.records(input)) {
			while (records.hasNextValue()) {
				List<String> record = records.nextValue();
				rowNumber++;
				if (header == null) {
					header = record;
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				String code = cell(header, record, "Code");
				if (codes == MAX_CODES) {
					fail(code, rowNumber, "Import limit of " + MAX_CODES + " codes reached; the rest of the file was not imported");
					break;
				}
				codes++;
				try {
					applyRow(header, record, code);
					this.doneCount++;
				}
				catch (ErrorReply ex) {
					fail(code, rowNumber, ex.details != null ? ex.details : ex.getMessage());
				}
			}
		}
		catch (StreamReadException ex) {
			fail(null, rowNumber + 1,
					"Not valid CSV: " + ex.getOriginalMessage() + "; the rest of the file was not imported");
		}
		ObjectNode result = Json.object();
		result.put("message",
				this.doneCount + " voucher(s) imported successfully, " + this.failed.size() + " failed.");
		result.set("failed", this.failed);
		result.put("done_count", this.doneCount);
		result.put("failed_count", this.failed.size());
		return result;
	}

	private void fail(String code, int row, String reason) {
		ObjectNode failure = this.failed.addObject();
		failure.put("code", code == null ? "" : code);
		failure.put("row", row);
		failure.put("reason", reason);
	}

	private void applyRow(List<String> header, List<String> record, String code) {
		if (code == null) {
			throw rowError("Code is required");
		}
		if (!this.codesInFile.add(code)) {
			throw rowError("Duplicated code " + code + " in the file");
		}
		ObjectNode json = toVoucherJson(header, record, code);
		this.state.locked(() -> {
			if (this.state.isInBin(code)) {
				throw rowError("Code " + code + " is reserved by a deleted voucher in the bin");
			}
			Instant now = this.state.now();
			StoredVoucher parsed = VoucherJson.read(json, null, this.state, this.state.nextSequence(), now);
			StoredVoucher existing = this.state.findOrNull(code);
			if (existing == null) {
				return this.state.add(parsed);
			}
			// Re-uploading an existing code updates it (API-NOTES section 6); type and value stay.
			existing.active = parsed.active;
			existing.category = parsed.category != null ? parsed.category : existing.category;
			existing.additionalInfo = parsed.additionalInfo != null ? parsed.additionalInfo : existing.additionalInfo;
			existing.startDate = parsed.startDate != null ? parsed.startDate : existing.startDate;
			existing.expirationDate = parsed.expirationDate != null ? parsed.expirationDate : existing.expirationDate;
			if (parsed.metadata != null) {
				existing.metadata = existing.metadata == null ? parsed.metadata : existing.metadata.setAll(parsed.metadata);
			}
			existing.updatedAt = now;
			return existing;
		});
	}

	private static ObjectNode toVoucherJson(List<String> header, List<String> record, String code) {
		ObjectNode json = Json.object();
		json.put("code", code);
		String type = cell(header, record, "Voucher Type");
		if (type == null) {
			throw rowError("Voucher Type is required");
		}
		type = type.toUpperCase(Locale.ROOT);
		json.put("type", type);
		Long value = integer(cell(header, record, "Value"), "Value");
		switch (type) {
			case "GIFT_VOUCHER" -> json.putObject("gift").put("amount", required(value, "Value"));
			case "LOYALTY_CARD" -> json.putObject("loyalty_card").put("points", value == null ? 0 : value);
			case "DISCOUNT_VOUCHER" -> json.set("discount", discount(cell(header, record, "Discount Type"), required(value, "Value")));
			default -> throw rowError("Voucher Type must be one of GIFT_VOUCHER, DISCOUNT_VOUCHER, LOYALTY_CARD");
		}
		json.put("category", cell(header, record, "Category"));
		putDate(json, "start_date", cell(header, record, "Start Date"), "Start Date");
		putDate(json, "expiration_date", cell(header, record, "Expiration Date"), "Expiration Date");
		ObjectNode redemption = json.putObject("redemption");
		Long limit = integer(cell(header, record, "Redemption Limit"), "Redemption Limit");
		if (limit != null) {
			redemption.put("quantity", limit);
		}
		Long redeemed = integer(cell(header, record, "Redeemed Quantity"), "Redeemed Quantity");
		redemption.put("redeemed_quantity", redeemed == null ? 0 : redeemed);
		Long redeemedAmount = integer(cell(header, record, "Redeemed Amount"), "Redeemed Amount");
		if (redeemedAmount != null) {
			redemption.put("redeemed_amount", redeemedAmount);
		}
		String active = cell(header, record, "Active");
		if (active != null) {
			if (!active.equalsIgnoreCase("TRUE") && !active.equalsIgnoreCase("FALSE")) {
				throw rowError("Active must be TRUE or FALSE");
			}
			json.put("active", Boolean.parseBoolean(active.toLowerCase(Locale.ROOT)));
		}
		json.put("additional_info", cell(header, record, "Additional Info"));
		ObjectNode metadata = Json.object();
		for (int i = 0; i < header.size() && i < record.size(); i++) {
			String column = header.get(i).trim();
			if (!column.isEmpty() && !STANDARD_COLUMNS.containsKey(column.toLowerCase(Locale.ROOT))
					&& !record.get(i).isEmpty()) {
				metadata.put(column, record.get(i));
			}
		}
		if (!metadata.isEmpty()) {
			json.set("metadata", metadata);
		}
		return json;
	}

	private static ObjectNode discount(String discountType, long value) {
		if (discountType == null) {
			throw rowError("Discount Type is required");
		}
		ObjectNode discount = Json.object();
		switch (discountType.toUpperCase(Locale.ROOT)) {
			case "AMOUNT" -> discount.put("type", "AMOUNT").put("amount_off", value);
			case "PERCENT" -> discount.put("type", "PERCENT").put("percent_off", value);
			case "FIXED" -> discount.put("type", "FIXED").put("fixed_amount", value);
			case "UNIT" -> throw rowError("Discount Type UNIT needs a product, which the emulator's CSV import does not take");
			default -> throw rowError("Discount Type must be one of AMOUNT, PERCENT, FIXED, UNIT");
		}
		return discount;
	}

	/** The documented formats, from YYYY-MM-DD to YYYY-MM-DDTHH:mm:ss.SSSZ; zone-less values are UTC. */
	private static void putDate(ObjectNode json, String field, String value, String column) {
		if (value == null) {
			return;
		}
		Instant instant = null;
		try {
			instant = (value.length() == 10) ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
				try {
					instant = LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
					break;
				}
				catch (DateTimeParseException ignored) {
					// try the next format
				}
			}
		}
		if (instant == null) {
			throw rowError(column + " has an unsupported date format: " + value);
		}
		json.put(field, Json.timestamp(instant));
	}

	private static String cell(List<String> header, List<String> record, String column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).trim().equalsIgnoreCase(column)) {
				String value = i < record.size() ? record.get(i).trim() : "";
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

	private static Long integer(String value, String column) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw rowError(column + " must be an integer");
		}
	}

	private static long required(Long value, String column) {
		if (value == null) {
			throw rowError(column + " is required");
		}
		return value;
	}

	private static ErrorReply rowError(String reason) {
		return ErrorReply.invalidPayload(reason);
	}

}
