package dev.vouchkit.voucherify;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
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
		.addModule(ApiTimestamps.module())
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


	/**
	 * Timestamps in the form the API writes them ({@code 2022-07-08T09:44:33.179Z}) read
	 * field by field. Jackson parses each through {@code DateTimeFormatter}'s
	 * {@code ISO_OFFSET_DATE_TIME}, about a microsecond a value: two timestamps were over a
	 * third of the time spent reading a voucher. Anything else (another layout, a number, a
	 * date that does not exist, a per-property format, a mapper not adjusting to UTC) is
	 * left to Jackson's deserializer, which also reports every error; the values read here
	 * are the ones it would read.
	 */
	static final class ApiTimestamps extends DelegatingDeserializer {

		private static final int[] NANOS_PER_DIGIT = { 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
				100, 10, 1 };

		ApiTimestamps(ValueDeserializer<?> jackson) {
			super(jackson);
		}

		@SuppressWarnings("unchecked")
		static SimpleModule module() {
			// A DelegatingDeserializer is a deserializer of Object; it reads what its delegate reads.
			Class<Object> offsetDateTime = (Class<Object>) (Class<?>) OffsetDateTime.class;
			return new SimpleModule("voucherify-timestamps").addDeserializer(offsetDateTime,
					new ApiTimestamps(InstantDeserializer.OFFSET_DATE_TIME));
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> jackson) {
			return new ApiTimestamps(jackson);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			// Jackson's own with no per-property format, adjusting to UTC as the mapper's defaults do.
			if (this._delegatee == InstantDeserializer.OFFSET_DATE_TIME && parser.hasToken(JsonToken.VALUE_STRING)
					&& context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
					&& "UTC".equals(context.getTimeZone().getID())) {
				OffsetDateTime timestamp = parse(parser.getString());
				if (timestamp != null) {
					return timestamp;
				}
			}
			return this._delegatee.deserialize(parser, context);
		}

		/**
		 * {@code uuuu-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, and {@code Z}
		 * or {@code ±HH:MM}, as the instant in UTC.
		 * @param text the JSON string
		 * @return the timestamp, or {@code null} when the text is not in that form or names
		 * no valid date and time
		 */
		static @Nullable OffsetDateTime parse(String text) {
			int length = text.length();
			if (length < 20 || length > 35 || text.charAt(4) != '-' || text.charAt(7) != '-'
					|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
				return null;
			}
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 2);
			int day = digits(text, 8, 2);
			int hour = digits(text, 11, 2);
			int minute = digits(text, 14, 2);
			int second = digits(text, 17, 2);
			if ((year | month | day | hour | minute | second) < 0) {
				return null;
			}
			int position = 19;
			int nano = 0;
			if (text.charAt(position) == '.') {
				int fractionStart = ++position;
				while (position < length && position - fractionStart < NANOS_PER_DIGIT.length) {
					int digit = text.charAt(position) - '0';
					if (digit < 0 || digit > 9) {
						break;
					}
					nano += digit * NANOS_PER_DIGIT[position - fractionStart];
					position++;
				}
				if (position == fractionStart || position == length) {
					return null;
				}
			}
			try {
				ZoneOffset offset = offset(text, position);
				if (offset == null) {
					return null;
				}
				return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nano), offset)
					.withOffsetSameInstant(ZoneOffset.UTC);
			}
			catch (DateTimeException ex) {
				// No such date or time, or offset: Jackson's deserializer says so in its words.
				return null;
			}
		}

		private static @Nullable ZoneOffset offset(String text, int position) {
			int remaining = text.length() - position;
			char first = text.charAt(position);
			if (remaining == 1 && first == 'Z') {
				return ZoneOffset.UTC;
			}
			if (remaining == 6 && (first == '+' || first == '-') && text.charAt(position + 3) == ':') {
				int hours = digits(text, position + 1, 2);
				int minutes = digits(text, position + 4, 2);
				if ((hours | minutes) < 0) {
					return null;
				}
				return (first == '+') ? ZoneOffset.ofHoursMinutes(hours, minutes)
						: ZoneOffset.ofHoursMinutes(-hours, -minutes);
			}
			return null;
		}

		/** The number written with {@code count} ASCII digits from {@code start}, or -1. */
		private static int digits(String text, int start, int count) {
			int value = 0;
			for (int i = start; i < start + count; i++) {
				int digit = text.charAt(i) - '0';
				if (digit < 0 || digit > 9) {
					return -1;
				}
				value = value * 10 + digit;
			}
			return value;
		}

	}

}
