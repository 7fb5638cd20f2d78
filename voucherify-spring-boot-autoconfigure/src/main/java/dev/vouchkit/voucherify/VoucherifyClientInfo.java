package dev.vouchkit.voucherify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Name and version of this client, sent as {@code User-Agent} and the default
 * {@code X-Voucherify-Channel}.
 */
public final class VoucherifyClientInfo {

	/** Name of this client on the wire. */
	public static final String NAME = "voucherify-spring-boot-starter";

	/** Version of this client, from the build. */
	public static final String VERSION = readVersion();

	/** Default {@code X-Voucherify-Channel}: name and version. */
	public static final String CHANNEL = NAME + "/" + VERSION;

	/** {@code User-Agent}: name, version and Java version. */
	public static final String USER_AGENT = CHANNEL + " (Java/" + System.getProperty("java.version") + ")";

	private VoucherifyClientInfo() {
	}

	private static String readVersion() {
		try (InputStream in = VoucherifyClientInfo.class.getResourceAsStream("client.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version", "");
				if (!version.isBlank() && !version.startsWith("@")) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// Fall through to the manifest.
		}
		String version = VoucherifyClientInfo.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "unknown";
	}

}
