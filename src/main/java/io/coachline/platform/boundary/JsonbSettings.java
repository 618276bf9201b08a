package io.coachline.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON in and out of the API uses snake_case names, and a body with an unknown field is rejected. */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    public static final JsonbConfig CONFIG = new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .setProperty("jsonb.fail-on-unknown-properties", true);

    private static final Jsonb JSONB = JsonbBuilder.create(CONFIG);

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
