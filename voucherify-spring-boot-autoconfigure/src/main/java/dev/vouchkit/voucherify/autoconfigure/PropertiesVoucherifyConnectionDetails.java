package dev.vouchkit.voucherify.autoconfigure;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.vouchkit.voucherify.autoconfigure.VoucherifyCredentialsMissingException.MissingCredential;

/**
 * {@link VoucherifyConnectionDetails} from the {@code voucherify.*} properties: the default
 * when no other bean of that type exists.
 */
class PropertiesVoucherifyConnectionDetails implements VoucherifyConnectionDetails {

	private final VoucherifyProperties properties;

	PropertiesVoucherifyConnectionDetails(VoucherifyProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public String getAppId() {
		return Objects.requireNonNull(this.properties.getAppId(), "voucherify.app-id");
	}

	@Override
	public String getAppToken() {
		return Objects.requireNonNull(this.properties.getAppToken(), "voucherify.app-token");
	}

	/**
	 * Fails, naming each property, when a credential is not set or still holds an
	 * unresolved {@code ${...}} placeholder.
	 * @throws VoucherifyCredentialsMissingException when a credential is unusable
	 */
	void requireCredentials() {
		List<MissingCredential> missing = Stream
			.of(VoucherifyCredentialsMissingException.check(VoucherifyProperties.PREFIX + ".app-id",
					this.properties.getAppId()),
					VoucherifyCredentialsMissingException.check(VoucherifyProperties.PREFIX + ".app-token",
							this.properties.getAppToken()))
			.filter(Objects::nonNull)
			.toList();
		if (!missing.isEmpty()) {
			throw new VoucherifyCredentialsMissingException(missing);
		}
	}

}
