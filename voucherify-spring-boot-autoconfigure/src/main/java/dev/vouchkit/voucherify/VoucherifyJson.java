package dev.vouchkit.voucherify;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleValueInstantiators;

import dev.vouchkit.voucherify.model.Voucher;

/**
 * The client's own JSON settings, fixed by the API's contract: replies and request bodies are
 * read and written with them whatever the application configures for its own JSON
 * ({@code spring.jackson.*}, a {@code JsonMapper} bean, codec customizers), so a strict or
 * renamed application mapper can neither reject valid replies nor change what is sent.
 */
final class VoucherifyJson {

	/**
	 * Jackson's defaults, made explicit where the API depends on them: it adds fields over time,
	 * sends explicit {@code null}s and leaves keys out, and the records accept all three.
	 */
	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.addModule(new SimpleModule("voucherify-model-constructors").setValueInstantiators(new ModelConstructors()))
		.build();

	private VoucherifyJson() {
	}

	/**
	 * The model's records built through their canonical constructors with one method handle
	 * each, made once. Jackson calls a property-based constructor with
	 * {@code MethodHandle.invokeWithArguments}, which adapts the handle to the argument array
	 * again on every call: that was a sixth of the time and a fifth of the memory spent
	 * reading a voucher. Everything else, including how a constructor's failure is reported,
	 * stays Jackson's.
	 */
	static final class ModelConstructors extends SimpleValueInstantiators {

		private static final String MODEL_PACKAGE = Voucher.class.getPackageName();

		@Override
		public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
				ValueInstantiator defaultInstantiator) {
			if (defaultInstantiator.getClass() == StdValueInstantiator.class) {
				StdValueInstantiator instantiator = (StdValueInstantiator) defaultInstantiator;
				AnnotatedWithParams creator = instantiator.getWithArgsCreator();
				if (creator != null && creator.getAnnotated() instanceof Constructor<?> constructor
						&& constructor.getDeclaringClass().getPackageName().equals(MODEL_PACKAGE)) {
					MethodHandle handle = spreadingHandle(constructor);
					if (handle != null) {
						return new ConstructorHandleInstantiator(instantiator, handle);
					}
				}
			}
			return defaultInstantiator;
		}

		private static MethodHandle spreadingHandle(Constructor<?> constructor) {
			try {
				return MethodHandles.publicLookup()
					.unreflectConstructor(constructor)
					.asSpreader(Object[].class, constructor.getParameterCount())
					.asType(MethodType.methodType(Object.class, Object[].class));
			}
			catch (IllegalAccessException ex) {
				// Not public: Jackson's own way still works.
				return null;
			}
		}

	}

	private static final class ConstructorHandleInstantiator extends StdValueInstantiator {

		private final MethodHandle constructor;

		ConstructorHandleInstantiator(StdValueInstantiator source, MethodHandle constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
			try {
				return (Object) this.constructor.invokeExact(arguments);
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				// As StdValueInstantiator reports it.
				return context.handleInstantiationProblem(this._valueClass, arguments, rewrapCtorProblem(context, ex));
			}
		}

	}

}
