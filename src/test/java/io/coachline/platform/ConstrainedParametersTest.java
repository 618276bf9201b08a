package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

/**
 * Payara 6.2025.10's OpenAPI scanner throws (and /openapi answers 500) on any method or constructor
 * parameter carrying a Bean Validation constraint unless it is a {@code @PathParam}. Records propagate
 * component constraints to an implicit canonical constructor, so constrained records must declare it.
 * This finds every offending parameter in the compiled application.
 */
class ConstrainedParametersTest {

    @Test
    void noConstrainedParameterOutsidePathParams() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("io.coachline")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
                executables.addAll(List.of(type.getDeclaredMethods()));
                for (Executable executable : executables) {
                    for (Parameter parameter : executable.getParameters()) {
                        if (constrained(parameter) && !parameter.isAnnotationPresent(PathParam.class)) {
                            offenders.add(executable + " parameter " + parameter.getName());
                        }
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "constrained parameters break /openapi on Payara: " + offenders);
    }

    private static boolean constrained(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                return true;
            }
        }
        return false;
    }
}
