package dev.vouchkit.voucherify.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTargetTest {

	@Test
	void splitsThePathBeforeDecodingEachSegmentOnce() {
		RequestTarget target = RequestTarget.parse("/v1/vouchers/a%2Fb%2525+c%F0%9F%8E%81/balance?x=1");
		assertThat(target.segments()).containsExactly("v1", "vouchers", "a/b%25+c🎁", "balance");
		assertThat(target.rawPathAndQuery()).isEqualTo("/v1/vouchers/a%2Fb%2525+c%F0%9F%8E%81/balance?x=1");
	}

	@Test
	void decodesQueriesAsFormData() {
		RequestTarget.QueryParams query = RequestTarget.parse("/v1/vouchers?code=a+b%2Bc&created_at%5Bbefore%5D=2024-01-01"
				+ "&ids=1&ids[]=2&ids[0]=3&flag&bad=%zz")
			.query();
		assertThat(query.first("code")).isEqualTo("a b+c");
		assertThat(query.first("created_at[before]")).isEqualTo("2024-01-01");
		assertThat(query.array("ids")).containsExactly("1", "2", "3");
		assertThat(query.first("flag")).isEmpty();
		assertThat(query.first("bad")).isEqualTo("%zz");
	}

	@Test
	void keepsATrailingSlashAsAnEmptySegment() {
		assertThat(RequestTarget.parse("/v1/vouchers/").segments()).containsExactly("v1", "vouchers", "");
	}

}
