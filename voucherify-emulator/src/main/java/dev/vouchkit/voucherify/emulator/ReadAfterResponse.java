package dev.vouchkit.voucherify.emulator;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;

/**
 * Asks an HTTP/1.1 connection to read again once a response has been written. Reactor Netty
 * up to 1.3.8 can leave a keep-alive connection with no read pending after a request that
 * waited for the one before it (held back by added latency) was answered at once: the next
 * request then stays unread until the client gives up (reactor/reactor-netty#4361). One read
 * more than needed does no harm: Reactor Netty queues a request that arrives while another
 * is being answered. Remove this once the Reactor Netty in use has the fix.
 */
final class ReadAfterResponse extends ChannelOutboundHandlerAdapter {

	private static final String NAME = "emulator.readAfterResponse";

	/** Between the codec and Reactor Netty's request handling, so it sees every response written. */
	static void install(Channel channel) {
		ChannelPipeline pipeline = channel.pipeline();
		if (pipeline.get(NettyPipeline.HttpCodec) != null) {
			pipeline.addAfter(NettyPipeline.HttpCodec, NAME, new ReadAfterResponse());
		}
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		boolean endOfResponse = msg instanceof LastHttpContent;
		ctx.write(msg, promise);
		if (endOfResponse) {
			ctx.read();
		}
	}

}
