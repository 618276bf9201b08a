package io.coachline.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The one JSON mapping of the API (REST bodies, MCP arguments and results): snake_case names, unknown
 * fields rejected, nulls left out.
 */
public final class JsonMapping {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    private JsonMapping() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
