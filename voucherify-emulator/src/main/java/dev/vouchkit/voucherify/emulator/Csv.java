package dev.vouchkit.voucherify.emulator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: a streaming record reader and a field escaper. */
final class Csv {

	private Csv() {
	}

	static String escape(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	static String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(escape(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** Reads one record at a time; quoted fields may hold commas, quotes and line breaks. */
	static final class RecordReader {

		private final Reader reader;

		private int peeked = -2;

		RecordReader(Reader reader) {
			this.reader = reader;
		}

		/** The next record, or null at the end of input. */
		List<String> next() {
			int c = read();
			if (c == -1) {
				return null;
			}
			if (c == '\uFEFF') {
				c = read();
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (true) {
				if (quoted) {
					if (c == -1) {
						fields.add(field.toString());
						return fields;
					}
					if (c == '"') {
						int following = read();
						if (following == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							c = following;
							continue;
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' || c == '\n' || c == -1) {
					if (c == '\r') {
						int following = read();
						if (following != '\n') {
							this.peeked = following;
						}
					}
					fields.add(field.toString());
					return fields;
				}
				else {
					field.append((char) c);
				}
				c = read();
			}
		}

		private int read() {
			if (this.peeked != -2) {
				int c = this.peeked;
				this.peeked = -2;
				return c;
			}
			try {
				return this.reader.read();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
