package dev.vouchkit.voucherify.autoconfigure;

import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Bucket4j's proxy manager on the Lettuce connection of the application's
 * {@link LettuceConnectionFactory}, standalone or cluster.
 */
final class LettuceBuckets {

	private LettuceBuckets() {
	}

	/**
	 * How long the factory's client waits for a connection
	 * ({@code spring.data.redis.connect-timeout}, else Lettuce's default).
	 * @param factory the application's connection factory
	 * @return the connect timeout
	 */
	static Duration connectTimeout(LettuceConnectionFactory factory) {
		return factory.getClientConfiguration()
			.getClientOptions()
			.map(ClientOptions::getSocketOptions)
			.map(SocketOptions::getConnectTimeout)
			.orElse(SocketOptions.DEFAULT_CONNECT_TIMEOUT_DURATION);
	}

	/**
	 * Opens (or reuses) the factory's native connection and builds the proxy manager on it.
	 * Blocks while connecting.
	 * @param factory the application's connection factory
	 * @param refreshPeriod the bucket's refill period: an idle bucket expires after it
	 * @param requestTimeout Bucket4j's own bound on one request
	 * @return the asynchronous proxy manager
	 */
	@SuppressWarnings("unchecked")
	static AsyncProxyManager<byte[]> proxyManager(LettuceConnectionFactory factory, Duration refreshPeriod,
			Duration requestTimeout) {
		// The factory's shared native connection stays open and reconnects by itself; only a dedicated one
		// (shareNativeConnection=false) belongs to this RedisConnection, which is therefore never closed.
		RedisConnection connection = factory.getConnection();
		Object nativeConnection = connection.getNativeConnection();
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(refreshPeriod);
		if (nativeConnection instanceof RedisAsyncCommands<?, ?> standalone) {
			return Bucket4jLettuce.casBasedBuilder((RedisAsyncCommands<byte[], byte[]>) standalone)
				.expirationAfterWrite(expiry)
				.requestTimeout(requestTimeout)
				.build()
				.asAsync();
		}
		if (nativeConnection instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
			return Bucket4jLettuce.casBasedBuilder((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster)
				.expirationAfterWrite(expiry)
				.requestTimeout(requestTimeout)
				.build()
				.asAsync();
		}
		connection.close();
		throw new IllegalStateException("Unexpected native Lettuce connection "
				+ ((nativeConnection != null) ? nativeConnection.getClass().getName() : "null"));
	}

}
