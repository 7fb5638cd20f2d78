package dev.vouchkit.voucherify;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link ApiUris} puts a request URI together; what reaches a server for awkward values
 * is asserted on real requests in {@link VouchersTemplateEncodingTests}.
 */
class ApiUrisTests {

	private final ApiUris uris = new ApiUris(URI.create("https://api.example.com/prefix"));

	@Test
	void variablesAreReplacedInOrderEachStrictlyEncoded() {
		assertThat(this.uris.expand("/v1/vouchers/{code}/sessions/{sessionKey}", "a/b", "{x}+y"))
			.hasToString("https://api.example.com/prefix/v1/vouchers/a%2Fb/sessions/%7Bx%7D%2By");
	}

	@Test
	void queryKeepsItsOrderAndSendsEveryValue() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("limit", List.of("10"));
		query.put("filters[a+b][conditions][$in][]", List.of("x&y", "z"));
		query.put("unused", List.of());
		assertThat(this.uris.expand("/v1/vouchers", query)).hasToString("https://api.example.com/prefix/v1/vouchers"
				+ "?limit=10&filters%5Ba%2Bb%5D%5Bconditions%5D%5B%24in%5D%5B%5D=x%26y"
				+ "&filters%5Ba%2Bb%5D%5Bconditions%5D%5B%24in%5D%5B%5D=z");
	}

	@Test
	void templateIsKeptWithTheBaseUrl() {
		assertThat(this.uris.template("/v1/vouchers/{code}")).isEqualTo("https://api.example.com/prefix/v1/vouchers/{code}");
	}

	@Test
	void valuesMustMatchTheVariables() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.uris.expand("/v1/vouchers/{code}"))
			.withMessage("No value for {code} in /v1/vouchers/{code}");
		assertThatIllegalArgumentException().isThrownBy(() -> this.uris.expand("/v1/vouchers/{code}", "a", "b"))
			.withMessage("2 values for the 1 variables of /v1/vouchers/{code}");
	}

}
