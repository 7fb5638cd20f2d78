package dev.vouchkit.voucherify.emulator;

import java.io.ByteArrayOutputStream;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

/** Reads a request body into memory, failing with the gateway's 413 past the limit. */
final class BoundedBody {

	private BoundedBody() {
	}

	static Mono<byte[]> read(HttpServerRequest request, long limit) {
		return request.receive()
			.asByteArray()
			.collect(ByteArrayOutputStream::new, (out, chunk) -> {
				if (out.size() + (long) chunk.length > limit) {
					throw ErrorReply.payloadTooLarge();
				}
				out.writeBytes(chunk);
			})
			.map(ByteArrayOutputStream::toByteArray);
	}

}
