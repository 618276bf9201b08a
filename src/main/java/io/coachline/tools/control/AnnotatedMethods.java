package io.coachline.tools.control;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Finds the methods of CDI beans carrying one of the catalogue's annotations: every bean class with such a
 * method provides entries, so adding a tool, prompt or resource is one annotated method.
 */
final class AnnotatedMethods {

    /** One annotated method with the bean it is called on. */
    record Found<A extends Annotation>(A annotation, Method method, Object bean) {
    }

    private AnnotatedMethods() {
    }

    static <A extends Annotation> List<Found<A>> of(BeanManager beans, Class<A> annotation) {
        Set<Class<?>> providers = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(annotation)))
                .collect(Collectors.toSet());
        List<Found<A>> found = new ArrayList<>();
        for (Class<?> type : providers) {
            Object bean = CDI.current().select(type).get();
            for (Method method : type.getMethods()) {
                A marker = method.getAnnotation(annotation);
                if (marker != null) {
                    found.add(new Found<>(marker, method, bean));
                }
            }
        }
        return found;
    }

    /** Calls the method; an exception it throws comes out as itself, not wrapped by reflection. */
    static Object invoke(Method method, Object bean, Object... arguments) {
        try {
            return method.invoke(bean, arguments);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
