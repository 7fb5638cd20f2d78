package dev.vouchkit.voucherify.autoconfigure;

import mockwebserver3.MockWebServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport;

/**
 * Context runners shared by the auto-configuration tests; credentials and canned replies
 * come from {@link VoucherifyTestSupport}.
 */
final class VoucherifyTestContexts {

	static final String APP_ID = VoucherifyTestSupport.APP_ID;

	static final String APP_TOKEN = VoucherifyTestSupport.APP_TOKEN;

	static final String VOUCHER = "{\"code\":\"GIFT-1\",\"object\":\"voucher\"}";

	static final String BALANCE = """
			{"amount":-2500,"total":7500,"balance":7500,"type":"gift_voucher","operation_type":"MANUAL",
			 "object":"balance","related_object":{"type":"voucher","id":"v_abc"}}""";

	private VoucherifyTestContexts() {
	}

	/** Boot's WebClient stack plus ours, without credentials. */
	static ApplicationContextRunner bare() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(VoucherifyAutoConfiguration.class,
				WebClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, CodecsAutoConfiguration.class));
	}

	/** Credentials set and tiny backoffs, so fault tests run in milliseconds. */
	static ApplicationContextRunner withCredentials() {
		return bare().withPropertyValues("voucherify.app-id=" + APP_ID, "voucherify.app-token=" + APP_TOKEN,
				"voucherify.retry.initial-backoff=1ms", "voucherify.retry.max-backoff=5ms",
				"voucherify.response-timeout=2s");
	}

	/** Pointed at a loopback mock server. */
	static ApplicationContextRunner against(MockWebServer server) {
		return withCredentials().withPropertyValues("voucherify.base-url=" + server.url("/").toString());
	}

}
