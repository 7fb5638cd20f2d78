package dev.vouchkit.voucherify.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The Voucherify client is enabled but has no usable app id or app token: one is not set, or
 * still holds a {@code ${...}} placeholder that nothing resolved (Spring Boot leaves those as
 * they are). Explained to the user by {@link VoucherifyCredentialsFailureAnalyzer}.
 */
class VoucherifyCredentialsMissingException extends RuntimeException {

	/** {@code ${NAME}} or {@code ${NAME:default}}; only the name is ever shown. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::[^}]*)?}");

	private final List<MissingCredential> missing;

	VoucherifyCredentialsMissingException(List<MissingCredential> missing) {
		super("Voucherify credentials are missing: " + describe(missing));
		this.missing = List.copyOf(missing);
	}

	/**
	 * Checks one credential.
	 * @param property the property's name, e.g. {@code voucherify.app-id}
	 * @param value its bound value
	 * @return what is wrong with it, or {@code null} when it is usable
	 */
	static @Nullable MissingCredential check(String property, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			return new MissingCredential(property, null);
		}
		Matcher placeholder = PLACEHOLDER.matcher(value);
		return placeholder.find() ? new MissingCredential(property, placeholder.group(1).trim()) : null;
	}

	List<MissingCredential> getMissing() {
		return this.missing;
	}

	static String describe(List<MissingCredential> missing) {
		List<String> notSet = missing.stream()
			.filter((credential) -> credential.variable() == null)
			.map(MissingCredential::property)
			.toList();
		List<String> parts = new ArrayList<>();
		if (!notSet.isEmpty()) {
			parts.add(String.join(" and ", notSet) + ((notSet.size() > 1) ? " are" : " is") + " not set");
		}
		missing.stream()
			.filter((credential) -> credential.variable() != null)
			.forEach((credential) -> parts.add(credential.property() + " holds the placeholder ${"
					+ credential.variable() + "}, which nothing resolved (no environment variable or property "
					+ credential.variable() + " is set)"));
		return String.join(" and ", parts);
	}

	/**
	 * A credential property that is not set, or holds an unresolved placeholder.
	 *
	 * @param property the property, e.g. {@code voucherify.app-token}
	 * @param variable the placeholder's variable, e.g. {@code VOUCHERIFY_APP_TOKEN}, or
	 * {@code null} when the property is not set at all
	 */
	record MissingCredential(String property, @Nullable String variable) {

	}

}
