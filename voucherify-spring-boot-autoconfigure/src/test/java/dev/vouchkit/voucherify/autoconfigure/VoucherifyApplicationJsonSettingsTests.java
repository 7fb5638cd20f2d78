package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.web.reactive.function.client.ClientRequest;

import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.model.BalanceUpdateRequest;
import dev.vouchkit.voucherify.model.BalanceUpdateResponse;
import dev.vouchkit.voucherify.model.ExportField;
import dev.vouchkit.voucherify.model.ExportOrder;
import dev.vouchkit.voucherify.model.ExportTransactionsRequest;
import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherList;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec;
import dev.vouchkit.voucherify.testsupport.VoucherifySpec.ResponseExample;

import static dev.vouchkit.voucherify.testsupport.VoucherifyTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client reads and writes the API's JSON with its own settings, whatever the application
 * configures for its own JSON through {@code spring.jackson.*}, while still starting from
 * Boot's {@code WebClient.Builder} (the application's customizers and filters apply).
 */
class VoucherifyApplicationJsonSettingsTests {

	/** Reads the spec's examples the way the API means them: Jackson's defaults, nothing else. */
	private static final JsonMapper REFERENCE = JsonMapper.builder().build();

	private static final String FILTER_HEADER = "X-Application-Filter";

	/** Many settings at once; {@code ;} separates them. */
	private static final String ALL_STRICT = "spring.jackson.deserialization.fail-on-null-creator-properties=true;"
			+ "spring.jackson.deserialization.fail-on-missing-creator-properties=true;"
			+ "spring.jackson.deserialization.fail-on-unknown-properties=true;"
			+ "spring.jackson.property-naming-strategy=SNAKE_CASE;spring.jackson.default-property-inclusion=always;"
			+ "spring.jackson.serialization.wrap-root-value=true;spring.jackson.deserialization.unwrap-root-value=true;"
			+ "spring.jackson.datatype.datetime.write-dates-as-timestamps=true;spring.jackson.time-zone=America/Lima";

	@StartStop
	private final MockWebServer server = new MockWebServer();

	@ParameterizedTest
	@ValueSource(strings = { "spring.jackson.deserialization.fail-on-null-creator-properties=true",
			"spring.jackson.deserialization.fail-on-missing-creator-properties=true",
			"spring.jackson.deserialization.fail-on-unknown-properties=true",
			"spring.jackson.deserialization.unwrap-root-value=true",
			"spring.jackson.use-jackson2-defaults=true",
			"spring.jackson.datatype.enum.read-enums-using-to-string=true",
			"spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
			"spring.jackson.mapper.accept-case-insensitive-properties=true",
			"spring.jackson.time-zone=Asia/Tokyo", ALL_STRICT })
	void repliesDecodeWhateverTheApplicationsJsonSettings(String setting) throws Exception {
		ResponseExample list = success("list-vouchers");
		ResponseExample voucher = success("get-voucher");
		this.server.enqueue(json(200, list.json()));
		this.server.enqueue(json(200, voucher.json()));
		withApplicationJson(setting).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(JsonMapper.class);
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			assertThat(vouchers.listVouchers().block(Duration.ofSeconds(30)))
				.isEqualTo(REFERENCE.treeToValue(list.value(), VoucherList.class));
			assertThat(vouchers.getVoucher("GIFT-1").block(Duration.ofSeconds(30)))
				.isEqualTo(REFERENCE.treeToValue(voucher.value(), Voucher.class));
			assertThat(this.server.takeRequest(10, TimeUnit.SECONDS).getHeaders().get(FILTER_HEADER))
				.as("the application's WebClientCustomizer still applies")
				.isEqualTo("seen");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.jackson.serialization.wrap-root-value=true",
			"spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
			"spring.jackson.default-property-inclusion=always",
			"spring.jackson.datatype.enum.write-enums-using-index=true",
			"spring.jackson.datatype.enum.write-enums-using-to-string=true",
			"spring.jackson.datatype.datetime.write-dates-as-timestamps=true",
			"spring.jackson.serialization.indent-output=true", "spring.jackson.use-jackson2-defaults=true", ALL_STRICT })
	void requestsEncodeWhateverTheApplicationsJsonSettings(String setting) throws Exception {
		this.server.enqueue(json(200, success("update-voucher-balance").json()));
		this.server.enqueue(json(200, success("export-voucher-transactions").json()));
		withApplicationJson(setting).run((context) -> {
			VouchersOperations vouchers = context.getBean(VouchersOperations.class);
			BalanceUpdateResponse balance = vouchers
				.updateVoucherBalance("GIFT-1", BalanceUpdateRequest.subtract(2_000).withSourceId("order-7").withReason("refund"))
				.block(Duration.ofSeconds(30));
			// The reply carries the source_id the update was sent with.
			assertThat(balance).isEqualTo(REFERENCE
				.treeToValue(success("update-voucher-balance").value(), BalanceUpdateResponse.class)
				.withSourceId("order-7"));
			RecordedRequest balanceRequest = this.server.takeRequest(10, TimeUnit.SECONDS);
			assertThat(REFERENCE.readTree(balanceRequest.getBody().utf8()))
				.isEqualTo(REFERENCE.readTree("{\"amount\":-2000,\"source_id\":\"order-7\",\"reason\":\"refund\"}"));
			VoucherifySpec.assertValidRequest(balanceRequest);

			TransactionsExport export = vouchers
				.exportVoucherTransactions("GIFT-1",
						ExportTransactionsRequest.of(ExportOrder.CREATED_AT_DESC, ExportField.ID, ExportField.AMOUNT))
				.block(Duration.ofSeconds(30));
			assertThat(export).isEqualTo(REFERENCE.treeToValue(success("export-voucher-transactions").value(),
					TransactionsExport.class));
			RecordedRequest exportRequest = this.server.takeRequest(10, TimeUnit.SECONDS);
			assertThat(REFERENCE.readTree(exportRequest.getBody().utf8())).isEqualTo(
					REFERENCE.readTree("{\"parameters\":{\"order\":\"-created_at\",\"fields\":[\"id\",\"amount\"]}}"));
			VoucherifySpec.assertValidRequest(exportRequest);
			assertThat(exportRequest.getHeaders().get(FILTER_HEADER)).isEqualTo("seen");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "fail-on-null-creator-properties", "fail-on-missing-creator-properties",
			"fail-on-unknown-properties", "unwrap-root-value" })
	void theApplicationsOwnMapperReallyHasTheSetting(String feature) {
		// Guards the tests above: a setting that never reached the application's mapper proves nothing.
		withApplicationJson("spring.jackson.deserialization." + feature + "=true").run((context) -> {
			JsonMapper applicationMapper = context.getBean(JsonMapper.class);
			assertThat(applicationMapper.deserializationConfig().getDeserializationFeatures())
				.isNotEqualTo(REFERENCE.deserializationConfig().getDeserializationFeatures());
		});
	}

	private ApplicationContextRunner withApplicationJson(String setting) {
		return VoucherifyTestContexts.against(this.server)
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
			.withBean("applicationFilter", WebClientCustomizer.class,
					() -> (builder) -> builder.filter((request, next) -> next
						.exchange(ClientRequest.from(request).header(FILTER_HEADER, "seen").build())))
			.withPropertyValues(setting.split(";"));
	}

	private static ResponseExample success(String operationId) {
		List<ResponseExample> examples = VoucherifySpec.responseExamples(operationId)
			.stream()
			.filter(ResponseExample::isSuccess)
			.toList();
		assertThat(examples).as("success examples of " + operationId).isNotEmpty();
		return examples.get(0);
	}

}
