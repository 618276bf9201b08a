package io.coachline.platform.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of strings as a JSON array in a TEXT column (tags, sample prompts, roles). */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final java.lang.reflect.Type LIST_OF_STRING = new ArrayList<String>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<String> attribute) {
        return JSONB.toJson(attribute == null ? List.of() : attribute);
    }

    @Override
    public List<String> convertToEntityAttribute(String dbData) {
        if (dbData == null || dbData.isBlank()) {
            return new ArrayList<>();
        }
        List<String> values = JSONB.fromJson(dbData, LIST_OF_STRING);
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
