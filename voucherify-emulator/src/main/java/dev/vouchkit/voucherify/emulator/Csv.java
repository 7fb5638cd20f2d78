package dev.vouchkit.voucherify.emulator;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * RFC 4180 CSV on Jackson's CSV dataformat: records without a schema, each a list of fields,
 * read one at a time; rows written with CRLF and quoted only where a field needs it.
 */
final class Csv {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CsvMapper MAPPER = CsvMapper.builder()
		.enable(CsvReadFeature.WRAP_AS_ARRAY)
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	private static final ObjectWriter ROWS = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

	private static final TypeReference<List<String>> RECORD = new TypeReference<>() {
	};

	private Csv() {
	}

	/**
	 * The records of {@code reader}, read as they are consumed; a blank line is a record of one
	 * empty field. Malformed quoting fails the iteration with a
	 * {@link tools.jackson.core.exc.StreamReadException}.
	 */
	static MappingIterator<List<String>> records(Reader reader) {
		return MAPPER.readerFor(RECORD).readValues(withoutByteOrderMark(reader));
	}

	/** The rows as one CSV text; {@code null} fields are written empty. */
	static String write(List<? extends List<String>> rows) {
		return ROWS.writeValueAsString(rows);
	}

	// Jackson drops a byte order mark only when it decodes bytes itself; here the text is decoded already.
	private static Reader withoutByteOrderMark(Reader reader) {
		PushbackReader pushback = new PushbackReader(reader, 1);
		try {
			int first = pushback.read();
			if (first != -1 && first != BYTE_ORDER_MARK) {
				pushback.unread(first);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pushback;
	}

}
