package dev.vouchkit.voucherify.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.netty.resources.LoopResources;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

import dev.vouchkit.voucherify.VoucherifyConnectionPool;
import dev.vouchkit.voucherify.VoucherifyWebClientCustomizer;
import dev.vouchkit.voucherify.VouchersOperations;
import dev.vouchkit.voucherify.VouchersTemplate;
import dev.vouchkit.voucherify.emulator.VoucherifyEmulator;
import dev.vouchkit.voucherify.observation.VoucherifyObservationConvention;
import dev.vouchkit.voucherify.observation.VoucherifyObservationDecorator;
import dev.vouchkit.voucherify.observation.VoucherifyRecentCalls;
import dev.vouchkit.voucherify.resilience.VoucherifyResilienceDecorator;
import dev.vouchkit.voucherify.resilience.VoucherifySharedRateLimiter;
import dev.vouchkit.voucherify.resilience.redis.RedisVoucherifyRateLimiter;

/**
 * Auto-configuration of the Voucherify client: a {@link VouchersTemplate} built on a clone
 * of Spring Boot's {@link WebClient.Builder} (so the application's
 * {@code WebClientCustomizer}s and filters apply; its {@code http.client.requests}
 * observation of each attempt only with {@code voucherify.observation.http-client-requests}),
 * with its own JSON settings, connector timeouts, retries, circuit breaker, optional
 * rate limiter and a {@code voucherify.client.operation} observation per call.
 * <p>
 * The Resilience4j registries stay inside {@link VoucherifyResilienceDecorator}; no
 * {@code RetryRegistry}, {@code WebClient} or {@code JsonMapper} bean is published.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class,
		afterName = { "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, VouchersOperations.class, ClientHttpConnectorBuilder.class })
@ConditionalOnBooleanProperty(name = "voucherify.enabled", matchIfMissing = true)
@EnableConfigurationProperties(VoucherifyProperties.class)
public final class VoucherifyAutoConfiguration {

	VoucherifyAutoConfiguration(VoucherifyProperties properties) {
		// Nonsense values fail the start, naming the property, rather than the first call.
		new VoucherifyPropertiesMapper(properties).check();
	}

	/**
	 * The retries, circuit breaker and rate limiter of the auto-configured client; none when
	 * the application defines its own {@link VouchersOperations}, so no health contributor or
	 * meters describe a client nobody uses.
	 */
	@Bean
	@ConditionalOnMissingBean({ VoucherifyResilienceDecorator.class, VouchersOperations.class })
	VoucherifyResilienceDecorator voucherifyResilienceDecorator(VoucherifyProperties properties,
			ObjectProvider<VoucherifySharedRateLimiter> sharedRateLimiter) {
		VoucherifyResilienceDecorator.Builder builder = new VoucherifyPropertiesMapper(properties).resilience();
		VoucherifyProperties.RateLimiter rateLimiter = properties.getRateLimiter();
		if (rateLimiter.isEnabled() && rateLimiter.getStore() == VoucherifyProperties.RateLimiter.Store.REDIS) {
			builder.sharedRateLimiter(sharedRateLimiter.getIfAvailable(() -> {
				throw new InvalidConfigurationPropertyValueException(VoucherifyProperties.PREFIX + ".rate-limiter.store",
						"redis", "A shared rate limiter in Redis needs Spring Data Redis with Lettuce "
								+ "(spring-boot-starter-data-redis) and com.bucket4j:bucket4j_jdk17-lettuce on the "
								+ "classpath");
			}));
		}
		builder.headerPacing(rateLimiter.isHeaderPacing(), rateLimiter.getTimeoutDuration());
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	VoucherifyRecentCalls voucherifyRecentCalls() {
		return new VoucherifyRecentCalls();
	}

	@Bean
	@ConditionalOnMissingBean(VoucherifyConnectionDetails.class)
	PropertiesVoucherifyConnectionDetails voucherifyConnectionDetails(VoucherifyProperties properties) {
		return new PropertiesVoucherifyConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(VouchersOperations.class)
	VouchersTemplate vouchersTemplate(VoucherifyProperties properties, VoucherifyConnectionDetails connectionDetails,
			ResourceLoader resourceLoader,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<VoucherifyWebClientCustomizer> customizers, VoucherifyResilienceDecorator resilience,
			VoucherifyRecentCalls recentCalls,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<VoucherifyObservationConvention> observationConvention,
			ObjectProvider<VoucherifyConnectionPool> connectionPool,
			ObjectProvider<ReactorResourceFactory> reactorResourceFactory) {
		if (connectionDetails instanceof PropertiesVoucherifyConnectionDetails propertiesDetails) {
			propertiesDetails.requireCredentials();
		}
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		if (!properties.getObservation().isHttpClientRequests()) {
			// Each call is observed once, spanning its attempts; observing every attempt again as
			// http.client.requests would double the cost. Set before the customizers, which may still
			// give our builder a registry of their own.
			builder.observationRegistry(ObservationRegistry.NOOP);
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		// The application's spring.http.clients.* settings (SSL bundle) with our own timeouts, and never
		// redirects followed by the connector: it would carry the app token and a balance update's body to
		// wherever a Location header points. The template decides about redirects itself.
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.getConnectTimeout(), properties.getResponseTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		// No read timeout for API calls: the template bounds each attempt's whole reply by the
		// operation's own response timeout, which a shorter one here would cut short.
		ClientHttpConnector connector = withConnectionPool(
				connectorBuilder.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
				connectionPool.getIfAvailable(), reactorResourceFactory.getIfAvailable())
			.build(settings.withReadTimeout(null));
		VoucherifyObservationDecorator observation = new VoucherifyObservationDecorator(
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP), observationConvention.getIfUnique());
		VouchersTemplate.Builder template = new VoucherifyPropertiesMapper(properties).applyTo(VouchersTemplate.builder())
			.webClientBuilder(builder)
			.connector(connector)
			.baseUrl(connectionDetails.getBaseUrl())
			.appId(connectionDetails.getAppId())
			.appToken(connectionDetails.getAppToken())
			.exchangeListener(resilience.getQuota())
			.exchangeListener(recentCalls)
			// Exported files: the JDK client, which logs no URI (the link carries a token); made on the first download.
			.downloadConnector(() -> ClientHttpConnectorBuilder.jdk().build(settings))
			// The observation outermost: one observation per call, spanning retries and backoff.
			.decorator(resilience.wrappedIn(observation));
		return template.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "voucherify.connection-pool.enabled", matchIfMissing = true)
	VoucherifyConnectionPool voucherifyConnectionPool(VoucherifyProperties properties) {
		return new VoucherifyConnectionPool(properties.getConnectionPool().getMaxIdleTime());
	}

	/**
	 * Reactor Netty's connector, with its connections from the pool; other connectors as
	 * they are.
	 */
	private static ClientHttpConnectorBuilder<?> withConnectionPool(ClientHttpConnectorBuilder<?> builder,
			@Nullable VoucherifyConnectionPool pool, @Nullable ReactorResourceFactory resourceFactory) {
		if (pool == null || !(builder instanceof ReactorClientHttpConnectorBuilder reactor)) {
			return builder;
		}
		// The application's own event loops, if it has any; else Reactor Netty's shared ones, as the
		// shared resources would give.
		LoopResources loops = (resourceFactory != null && !resourceFactory.isUseGlobalResources())
				? resourceFactory.getLoopResources() : null;
		return reactor.withHttpClientFactory(() -> pool.httpClient(loops));
	}

	/**
	 * The emulator's connection in place of the properties when the application context
	 * has a {@code VoucherifyEmulator} bean, as {@code @ImportVoucherifyEmulator} declares.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "dev.vouchkit.voucherify.emulator.VoucherifyEmulator")
	static class EmulatorConnectionConfiguration {

		@Bean
		@ConditionalOnBean(VoucherifyEmulator.class)
		@ConditionalOnMissingBean(VoucherifyConnectionDetails.class)
		VoucherifyConnectionDetails voucherifyEmulatorConnectionDetails(VoucherifyEmulator emulator) {
			return new EmulatorConnectionDetails(emulator);
		}

	}

	/**
	 * The rate limiter's permits in Redis, on the application's Spring Data Redis Lettuce
	 * connection, when {@code voucherify.rate-limiter.store=redis}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.github.bucket4j.redis.lettuce.Bucket4jLettuce",
			"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory" })
	@ConditionalOnProperty(name = "voucherify.rate-limiter.store", havingValue = "redis")
	static class RedisRateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean(VoucherifySharedRateLimiter.class)
		RedisVoucherifyRateLimiter voucherifyRedisRateLimiter(VoucherifyProperties properties,
				VoucherifyConnectionDetails connectionDetails, ObjectProvider<RedisConnectionFactory> connectionFactory) {
			RedisConnectionFactory factory = connectionFactory.getIfAvailable();
			if (!(factory instanceof LettuceConnectionFactory lettuce)) {
				throw new InvalidConfigurationPropertyValueException(VoucherifyProperties.PREFIX + ".rate-limiter.store",
						"redis", "A shared rate limiter in Redis needs the application's Lettuce connection "
								+ "(spring.data.redis.*, spring-boot-starter-data-redis), found "
								+ ((factory != null) ? factory.getClass().getName() : "no RedisConnectionFactory"));
			}
			VoucherifyProperties.RateLimiter rateLimiter = properties.getRateLimiter();
			return new RedisVoucherifyRateLimiter(() -> LettuceBuckets.proxyManager(lettuce,
					rateLimiter.getLimitRefreshPeriod(), rateLimiter.getStoreTimeout()),
					connectionDetails.getAppId(),
					new VoucherifyPropertiesMapper(properties).rateLimiterConfig(),
					rateLimiter.getStoreTimeout(), LettuceBuckets.connectTimeout(lettuce),
					rateLimiter.getStoreRetryInterval());
		}

	}

	/**
	 * Masks the app token in Actuator's {@code configprops} and {@code env} endpoints even
	 * when an application sets {@code show-values=always}: since Boot 3, values are no
	 * longer sanitized by key name.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class AppTokenSanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "voucherifyAppTokenSanitizingFunction")
		SanitizingFunction voucherifyAppTokenSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyMatches(AppTokenSanitizingConfiguration::isAppTokenKey);
		}

		/** {@code voucherify.app-token}, {@code appToken} in configprops, {@code VOUCHERIFY_APP_TOKEN} in env. */
		static boolean isAppTokenKey(String key) {
			String letters = key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
			return letters.endsWith("apptoken");
		}

	}

}
