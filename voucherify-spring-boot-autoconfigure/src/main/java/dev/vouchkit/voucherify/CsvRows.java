package dev.vouchkit.voucherify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.core.codec.StringDecoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.util.MimeType;

/**
 * Parses an exported CSV file (RFC 4180: comma separated, fields optionally quoted with
 * {@code "}, quotes doubled inside them, line breaks allowed inside quotes) into one map per
 * row, keyed by the header row's column names in file order. Works line by line as the file
 * streams in, so memory holds one record at a time.
 */
final class CsvRows {

	/** The longest line held while looking for its end. */
	static final int MAX_LINE_LENGTH = 1024 * 1024;

	private static final MimeType CSV_UTF8 = new MimeType("text", "csv", StandardCharsets.UTF_8);

	private CsvRows() {
	}

	static Flux<Map<String, String>> parse(Flux<DataBuffer> file) {
		StringDecoder decoder = StringDecoder.allMimeTypes(StringDecoder.DEFAULT_DELIMITERS, true);
		decoder.setMaxInMemorySize(MAX_LINE_LENGTH);
		Flux<String> lines = decoder.decode(file, ResolvableType.forClass(String.class), CSV_UTF8, Map.of());
		return Flux.defer(() -> {
			Parser parser = new Parser();
			return lines.<Map<String, String>>handle((line, sink) -> {
				Map<String, String> row = parser.line(line);
				if (row != null) {
					sink.next(row);
				}
			}).concatWith(Mono.fromRunnable(parser::end));
		});
	}

	/** One file's parsing state: the header, and a record whose quotes are still open. */
	private static final class Parser {

		private @Nullable List<String> header;

		private @Nullable StringBuilder pending;

		private int lineNumber;

		@Nullable Map<String, String> line(String line) {
			this.lineNumber++;
			String text = line;
			if (this.lineNumber == 1 && text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			if (this.pending != null) {
				text = this.pending.append('\n').append(text).toString();
				this.pending = null;
			}
			else if (text.isEmpty()) {
				return null;
			}
			List<String> fields = fields(text);
			if (fields == null) {
				if (text.length() > MAX_LINE_LENGTH) {
					throw malformed("a quoted field runs on for more than " + MAX_LINE_LENGTH + " characters");
				}
				this.pending = new StringBuilder(text);
				return null;
			}
			if (this.header == null) {
				this.header = Collections.unmodifiableList(fields);
				return null;
			}
			if (fields.size() != this.header.size()) {
				throw malformed("a row ending on line " + this.lineNumber + " has " + fields.size()
						+ " fields where the header has " + this.header.size());
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				row.put(this.header.get(i), fields.get(i));
			}
			return Collections.unmodifiableMap(row);
		}

		void end() {
			if (this.pending != null) {
				throw malformed("the file ends inside a quoted field");
			}
		}

		/** The fields of a whole record, or {@code null} when a quote is still open. */
		private static @Nullable List<String> fields(String record) {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < record.length(); i++) {
				char c = record.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			if (quoted) {
				return null;
			}
			fields.add(field.toString());
			return fields;
		}

		private VoucherifyResponseFormatException malformed(String problem) {
			return new VoucherifyResponseFormatException("downloadExportRows could not read the exported CSV: " + problem,
					VoucherifyOperation.DOWNLOAD_EXPORT, 200, null);
		}

	}

}
