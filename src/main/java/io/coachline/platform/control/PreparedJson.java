package io.coachline.platform.control;

import java.io.StringWriter;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/**
 * A value already written as JSON, for results that are cached and sent many times: the JSON-B mapping, and the
 * JSON string literal of it that MCP's text block needs, are each made once. {@code T} is the type the JSON was
 * written from, so schemas can still be generated from it.
 */
public final class PreparedJson<T> {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final String json;
    private volatile String quoted;

    private PreparedJson(String json) {
        this.json = json;
    }

    public static <T> PreparedJson<T> of(T value) {
        return new PreparedJson<>(JsonMapping.jsonb().toJson(value));
    }

    public String json() {
        return json;
    }

    /** The JSON as a JSON string literal, made on first use (a race only makes it twice, with the same result). */
    public String quoted() {
        String text = quoted;
        if (text == null) {
            text = quote(json);
            quoted = text;
        }
        return text;
    }

    /**
     * {@code text} as a JSON string literal, escaped by the generator: Parsson's JsonString.toString() escapes char by
     * char into a fresh builder and took four fifths of a list_coaches call's CPU.
     */
    public static String quote(String text) {
        StringWriter out = new StringWriter(text.length() + text.length() / 8 + 16);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.write(text);
        }
        return out.toString();
    }
}
