package io.coachline.platform.entity;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A list of strings as a JSON array in a TEXT column (tags, sample prompts, roles). Plain JSON-P with
 * one provider looked up once: every listed coach converts two of these, and JSON-B's generic binding
 * and the per-call provider lookup of {@code Json.*} were a measurable part of a list request.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<String> attribute) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        if (attribute != null) {
            attribute.forEach(array::add);
        }
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String dbData) {
        List<String> values = new ArrayList<>();
        if (dbData == null || dbData.isBlank()) {
            return values;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(dbData))) {
            reader.readArray().forEach(value -> values.add(((JsonString) value).getString()));
        }
        return values;
    }
}
