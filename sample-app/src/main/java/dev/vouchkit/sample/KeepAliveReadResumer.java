package dev.vouchkit.sample;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Asks each HTTP/1.1 connection of the desk to read again once a response has been
 * written. Reactor Netty up to 1.3.8 can leave a keep-alive connection with no read pending
 * after a request that waited for the one before it was answered at once (a parameter
 * rejected, a circuit breaker that is open): the next request on that connection then stays
 * unread until the client gives up (reactor/reactor-netty#4361, fixed in later releases).
 * One read more than needed does no harm: Reactor Netty queues a request that arrives while
 * another is being answered. Remove this once the Reactor Netty in use has the fix.
 */
@Component
class KeepAliveReadResumer implements NettyServerCustomizer {

	static final String HANDLER_NAME = "desk.keepAliveReadResumer";

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remoteAddress) -> {
			ChannelPipeline pipeline = channel.pipeline();
			// HTTP/1.1 only: an h2c or HTTP/2 connection has no such codec, and no such queue.
			if (pipeline.get(NettyPipeline.HttpCodec) != null) {
				pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new ReadAfterResponse());
			}
		});
	}

	/** Between the codec and Reactor Netty's request handling, so it sees every response written. */
	private static final class ReadAfterResponse extends ChannelOutboundHandlerAdapter {

		@Override
		public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
			boolean endOfResponse = msg instanceof LastHttpContent;
			ctx.write(msg, promise);
			if (endOfResponse) {
				ctx.read();
			}
		}

	}

}
