package io.coachline.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import io.coachline.platform.control.JsonMapping;

/** JAX-RS reads and writes JSON with the API's mapping (snake_case, unknown fields rejected). */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonMapping.jsonb();
    }
}
