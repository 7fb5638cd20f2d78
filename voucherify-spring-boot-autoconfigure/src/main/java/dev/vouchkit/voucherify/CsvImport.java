package dev.vouchkit.voucherify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A CSV file of vouchers for {@link VouchersOperations#importVouchersUsingCsv(CsvImport)},
 * sent as the {@code file} part of a {@code multipart/form-data} request and streamed
 * from its source, never held in memory whole.
 * <p>
 * Files over {@link #MAX_FILE_SIZE} (the API's limit) are refused before any network call
 * when their size is known.
 */
public final class CsvImport {

	/** The API's limit for one file: 10 MB. */
	public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

	private static final String DEFAULT_FILENAME = "vouchers.csv";

	private final @Nullable Resource resource;

	private final @Nullable Flux<DataBuffer> content;

	private final String filename;

	private final @Nullable Boolean webhooksEnable;

	private CsvImport(@Nullable Resource resource, @Nullable Flux<DataBuffer> content, String filename,
			@Nullable Boolean webhooksEnable) {
		this.resource = resource;
		this.content = content;
		this.filename = filename;
		this.webhooksEnable = webhooksEnable;
	}

	/**
	 * A file from a Spring {@link Resource}; its filename is sent, or
	 * {@code vouchers.csv} when it has none.
	 * @param resource a readable resource
	 * @return the import
	 */
	public static CsvImport of(Resource resource) {
		Assert.notNull(resource, "csv resource must not be null");
		if (!resource.exists()) {
			throw new IllegalArgumentException("csv resource " + resource.getDescription() + " does not exist");
		}
		checkSize(knownLength(resource), resource.getDescription());
		String filename = StringUtils.hasText(resource.getFilename()) ? resource.getFilename() : DEFAULT_FILENAME;
		return new CsvImport(resource, null, filename, null);
	}

	/**
	 * A file from the file system.
	 * @param path a readable regular file
	 * @return the import
	 */
	public static CsvImport of(Path path) {
		Assert.notNull(path, "csv path must not be null");
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException("csv path " + path + " is not a readable file");
		}
		try {
			checkSize(Files.size(path), path.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the size of csv path " + path, ex);
		}
		return new CsvImport(new FileSystemResource(path), null, path.getFileName().toString(), null);
	}

	/**
	 * Content produced as it is sent, e.g. read from another service. Its size is not
	 * known in advance, so the API's 10 MB limit is enforced by the server.
	 * @param content the bytes of the file; subscribed once per attempt
	 * @param filename the filename to send, e.g. {@code gift-cards.csv}
	 * @return the import
	 */
	public static CsvImport of(Flux<DataBuffer> content, String filename) {
		Assert.notNull(content, "csv content must not be null");
		if (!StringUtils.hasText(filename)) {
			throw new IllegalArgumentException("filename must not be blank: the API needs a named file part");
		}
		return new CsvImport(null, content, filename, null);
	}

	/**
	 * Asks Voucherify to send voucher created/updated webhooks for the imported vouchers
	 * ({@code webhooks_enable}).
	 * @param enable whether to send them
	 * @return a copy with the option set
	 */
	public CsvImport webhooksEnable(boolean enable) {
		return new CsvImport(this.resource, this.content, this.filename, enable);
	}

	/** @return the filename sent with the file part */
	public String filename() {
		return this.filename;
	}

	/** @return the {@code webhooks_enable} option, or {@code null} to leave it out */
	public @Nullable Boolean webhooksEnable() {
		return this.webhooksEnable;
	}

	@Nullable Resource resource() {
		return this.resource;
	}

	@Nullable Flux<DataBuffer> content() {
		return this.content;
	}

	private static long knownLength(Resource resource) {
		if (!resource.isFile()) {
			return -1;
		}
		try {
			return resource.contentLength();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static void checkSize(long size, String description) {
		if (size > MAX_FILE_SIZE) {
			throw new IllegalArgumentException("csv file " + description + " is " + size
					+ " bytes; the API accepts at most " + MAX_FILE_SIZE + " bytes (10 MB) per file");
		}
	}

	@Override
	public String toString() {
		return "CsvImport[filename=" + this.filename + "]";
	}

}
