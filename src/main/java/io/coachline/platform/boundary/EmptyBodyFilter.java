package io.coachline.platform.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A request without a body to a method that reads one answers 400 naming {@code body}. Without this the
 * JSON-B reader fails on the empty stream and the client learns only that the body "could not be read".
 * Runs after authentication, so a caller without a token still gets 401 first.
 */
@Provider
@Priority(Priorities.USER)
public class EmptyBodyFilter implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || !WITH_BODY.contains(request.getMethod()) || request.hasEntity() || !readsEntity(method)) {
            return;
        }
        request.abortWith(ErrorBody.response(400, "invalid_input",
                "body: this operation needs a JSON object body with its fields", "body"));
    }

    /** The entity is the one parameter without a JAX-RS annotation (@PathParam, @QueryParam, @Context...). */
    private static boolean readsEntity(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean injected = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                injected |= annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs");
            }
            if (!injected) {
                return true;
            }
        }
        return false;
    }
}
