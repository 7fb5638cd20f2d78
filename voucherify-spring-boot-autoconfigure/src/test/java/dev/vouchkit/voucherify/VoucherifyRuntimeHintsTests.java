package dev.vouchkit.voucherify;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

import dev.vouchkit.voucherify.model.TransactionsExport;
import dev.vouchkit.voucherify.model.Voucher;
import dev.vouchkit.voucherify.model.VoucherAssets;
import dev.vouchkit.voucherify.model.VoucherType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hints registered through {@code META-INF/spring/aot.factories} cover every JSON type of
 * the model package, found by scanning it, so a new model cannot be left out.
 */
class VoucherifyRuntimeHintsTests {

	private static final RuntimeHints hints = new RuntimeHints();

	@BeforeAll
	static void registerHintsFromAotFactories() {
		AotServices<RuntimeHintsRegistrar> registrars = AotServices.factories().load(RuntimeHintsRegistrar.class);
		assertThat(registrars.asList()).hasAtLeastOneElementOfType(VoucherifyRuntimeHints.class);
		registrars.forEach((registrar) -> registrar.registerHints(hints, VoucherifyRuntimeHintsTests.class.getClassLoader()));
	}

	@Test
	void theVersionResourceIsIncluded() {
		assertThat(new ClassPathResource(VoucherifyRuntimeHints.CLIENT_PROPERTIES).exists()).isTrue();
		assertThat(RuntimeHintsPredicates.resource().forResource(VoucherifyRuntimeHints.CLIENT_PROPERTIES))
			.accepts(hints);
	}

	@Test
	void theScanFindsTheModelPackage() throws Exception {
		// the scan below is only as good as what it finds: top-level, nested and open-enum types
		assertThat(jsonTypesOfTheModelPackage()).hasSizeGreaterThan(40)
			.contains(Voucher.class, TransactionsExport.Result.class, VoucherAssets.Asset.class, VoucherType.class)
			.doesNotContain(dev.vouchkit.voucherify.model.ListVouchersQuery.class);
	}

	@TestFactory
	Stream<DynamicTest> everyJsonTypeOfTheModelPackageCanBeBound() throws Exception {
		return jsonTypesOfTheModelPackage().stream().map((type) -> DynamicTest.dynamicTest(type.getName(), () -> {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(hints);
			if (type.isRecord()) {
				Class<?>[] componentTypes = Arrays.stream(type.getRecordComponents())
					.map(RecordComponent::getType)
					.toArray(Class<?>[]::new);
				Constructor<?> canonical = type.getDeclaredConstructor(componentTypes);
				assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(canonical))
					.as("canonical constructor")
					.accepts(hints);
				for (RecordComponent component : type.getRecordComponents()) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
						.as(component.getName())
						.accepts(hints);
				}
			}
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(JsonCreator.class)) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method))
						.as("@JsonCreator " + method.getName())
						.accepts(hints);
				}
			}
		}));
	}

	@Test
	void theBodiesComeFromTheOperationsSignatures() {
		assertThat(VoucherifyRuntimeHints.modelTypes()).contains(Voucher.class,
				dev.vouchkit.voucherify.model.VoucherList.class, dev.vouchkit.voucherify.model.BalanceUpdateRequest.class,
				dev.vouchkit.voucherify.model.BalanceUpdateResponse.class,
				dev.vouchkit.voucherify.model.ExportTransactionsRequest.class, TransactionsExport.class,
				dev.vouchkit.voucherify.model.CsvImportResponse.class,
				dev.vouchkit.voucherify.model.VoucherTransactionList.class, dev.vouchkit.voucherify.model.ApiError.class);
	}

	/** Public types of the model package (nested ones too) that Jackson annotations mark as JSON. */
	private static List<Class<?>> jsonTypesOfTheModelPackage() throws IOException, ClassNotFoundException {
		String packagePath = ClassUtils.convertClassNameToResourcePath(Voucher.class.getPackageName());
		Resource[] classFiles = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + packagePath + "/*.class");
		SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
		List<Class<?>> types = new ArrayList<>();
		for (Resource classFile : classFiles) {
			String className = readers.getMetadataReader(classFile).getClassMetadata().getClassName();
			Class<?> type = ClassUtils.forName(className, VoucherifyRuntimeHintsTests.class.getClassLoader());
			if (isPublic(type) && isJson(type)) {
				types.add(type);
			}
		}
		return types;
	}

	private static boolean isPublic(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
			if (!Modifier.isPublic(current.getModifiers())) {
				return false;
			}
		}
		return !type.isAnonymousClass() && !type.isSynthetic();
	}

	/** Whether the type, its fields, methods or record components, or a supertype's, carry a Jackson annotation. */
	private static boolean isJson(Class<?> type) {
		List<AnnotatedElement> elements = new ArrayList<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			elements.add(current);
			elements.addAll(List.of(current.getDeclaredFields()));
			elements.addAll(List.of(current.getDeclaredMethods()));
			if (current.isRecord()) {
				elements.addAll(List.of(current.getRecordComponents()));
			}
		}
		return elements.stream()
			.flatMap((element) -> Arrays.stream(element.getDeclaredAnnotations()))
			.map(Annotation::annotationType)
			.anyMatch((annotation) -> annotation.getPackageName().equals("com.fasterxml.jackson.annotation"));
	}

}
