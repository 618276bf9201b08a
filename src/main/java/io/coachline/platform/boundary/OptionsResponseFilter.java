package io.coachline.platform.boundary;

import java.lang.annotation.Annotation;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * OPTIONS is answered by the JAX-RS runtime itself, with an empty body (or a WADL document). Give it
 * the API's shape instead: JSON naming the allowed methods, next to the {@code Allow} header.
 */
@Provider
public class OptionsResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"OPTIONS".equals(request.getMethod()) || response.getStatus() >= 300) {
            return;
        }
        JsonArrayBuilder allow = Json.createArrayBuilder();
        new TreeSet<>(response.getAllowedMethods()).forEach(allow::add);
        response.setStatus(200);
        // Jersey's own OPTIONS answer declares an empty body; the JSON must not be cut to it.
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        response.setEntity(Json.createObjectBuilder().add("allow", allow).build().toString(), new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
    }
}
