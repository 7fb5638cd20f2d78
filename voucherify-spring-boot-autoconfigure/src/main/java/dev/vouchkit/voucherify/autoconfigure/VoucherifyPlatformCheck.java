package dev.vouchkit.voucherify.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.SpringVersion;
import org.springframework.util.ClassUtils;

/**
 * Stops an application whose Spring Boot, Spring Framework or Jackson is older than this
 * starter needs, with one sentence naming what it found, before the auto-configuration is
 * processed: on Spring Boot 3 that would otherwise fail with a bean-override or
 * class-loading error that says nothing about versions.
 * <p>
 * Registered in {@code META-INF/spring.factories} as an
 * {@link ApplicationContextInitializer}, a key that Spring Boot 3 reads as well as 4, and
 * written against APIs that both have, so that it loads on the versions it rejects.
 * Explained by {@link VoucherifyUnsupportedPlatformFailureAnalyzer}.
 */
class VoucherifyPlatformCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	static final int MINIMUM_SPRING_BOOT_MAJOR = 4;

	static final int MINIMUM_SPRING_FRAMEWORK_MAJOR = 7;

	/** The Jackson 3 class the client encodes and decodes with. */
	static final String JACKSON_3_MAPPER = "tools.jackson.databind.json.JsonMapper";

	static final String REQUIREMENTS = "Spring Boot " + MINIMUM_SPRING_BOOT_MAJOR + ".0 or later, Spring Framework "
			+ MINIMUM_SPRING_FRAMEWORK_MAJOR + " and Jackson 3";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		check(SpringBootVersion.getVersion(), SpringVersion.getVersion(),
				ClassUtils.isPresent(JACKSON_3_MAPPER, context.getClassLoader()));
	}

	/**
	 * Checks one combination of versions.
	 * @param springBootVersion the Spring Boot version in use
	 * @param springFrameworkVersion the Spring Framework version in use, or {@code null} when
	 * its jar does not say (a repackaged jar may not); then only Spring Boot's is checked
	 * @param jackson3Present whether Jackson 3 is on the class path
	 * @throws VoucherifyUnsupportedPlatformException when any of them is too old or missing
	 */
	static void check(String springBootVersion, @Nullable String springFrameworkVersion, boolean jackson3Present) {
		boolean bootTooOld = isOlderThan(springBootVersion, MINIMUM_SPRING_BOOT_MAJOR);
		boolean frameworkTooOld = (springFrameworkVersion != null)
				&& isOlderThan(springFrameworkVersion, MINIMUM_SPRING_FRAMEWORK_MAJOR);
		if (!bootTooOld && !frameworkTooOld && jackson3Present) {
			return;
		}
		List<String> found = new ArrayList<>();
		found.add("Spring Boot " + springBootVersion);
		if (springFrameworkVersion != null) {
			found.add("Spring Framework " + springFrameworkVersion);
		}
		if (!jackson3Present) {
			found.add("no Jackson 3 (" + JACKSON_3_MAPPER + " is not on the class path)");
		}
		String foundList = (found.size() == 1) ? found.get(0)
				: String.join(", ", found.subList(0, found.size() - 1)) + " and " + found.get(found.size() - 1);
		throw new VoucherifyUnsupportedPlatformException("The Voucherify Spring Boot starter needs " + REQUIREMENTS
				+ ", but this application runs on " + foundList + ".");
	}

	/** An unparseable version is taken as new enough: the check must never stop a supported application. */
	private static boolean isOlderThan(String version, int minimumMajor) {
		int dot = version.indexOf('.');
		try {
			return Integer.parseInt((dot < 0) ? version : version.substring(0, dot)) < minimumMajor;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
