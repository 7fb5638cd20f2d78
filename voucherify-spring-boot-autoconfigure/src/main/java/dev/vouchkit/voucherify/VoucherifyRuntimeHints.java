package dev.vouchkit.voucherify;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

import dev.vouchkit.voucherify.model.ApiError;

/**
 * Hints for AOT processing and native images: Jackson binding of every model type the
 * client encodes or decodes (and, transitively, every type they hold), and the resource it
 * reads its version from. Registered in {@code META-INF/spring/aot.factories}.
 * <p>
 * The types are read off the signatures of {@link VouchersOperations}, so a new operation
 * brings its types along.
 */
class VoucherifyRuntimeHints implements RuntimeHintsRegistrar {

	/** Read by {@link VoucherifyClientInfo}. */
	static final String CLIENT_PROPERTIES = "dev/vouchkit/voucherify/client.properties";

	private static final String MODEL_PACKAGE = ApiError.class.getPackageName();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(CLIENT_PROPERTIES);
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				modelTypes().toArray(Class<?>[]::new));
	}

	/**
	 * The model types of the operations' signatures, the error body, and the model types
	 * their accessors return, transitively: every body the client encodes or decodes, and the
	 * values of its queries.
	 * @return types of the model package
	 */
	static Set<Class<?>> modelTypes() {
		Set<Class<?>> types = new LinkedHashSet<>();
		collect(ResolvableType.forClass(ApiError.class), types);
		Stream.of(VouchersOperations.class.getMethods())
			.filter((method) -> !Modifier.isStatic(method.getModifiers()))
			.forEach((method) -> {
				collect(ResolvableType.forMethodReturnType(method), types);
				for (int i = 0; i < method.getParameterCount(); i++) {
					collect(ResolvableType.forMethodParameter(new MethodParameter(method, i)), types);
				}
			});
		return types;
	}

	private static void collect(ResolvableType type, Set<Class<?>> types) {
		Class<?> resolved = type.resolve();
		if (resolved != null && resolved.getPackageName().equals(MODEL_PACKAGE) && types.add(resolved)) {
			for (Method accessor : resolved.getMethods()) {
				if (!Modifier.isStatic(accessor.getModifiers()) && accessor.getParameterCount() == 0) {
					collect(ResolvableType.forMethodReturnType(accessor, resolved), types);
				}
			}
		}
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, types);
		}
	}

}
