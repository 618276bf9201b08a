package io.coachline.tools.control;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.PreparedJson;

/**
 * JSON schemas of tool inputs and outputs, generated from the records with victools: Bean Validation
 * constraints become bounds, lengths, patterns and required; MicroProfile OpenAPI {@code @Schema} gives
 * descriptions and defaults; a pattern that only lists values becomes an {@code enum}; names are snake_case
 * like the JSON the API reads and writes. Draft 7
 * keywords without a {@code $schema} key and with every definition inlined, because MCP clients validate
 * with draft-7 validators.
 */
public final class ToolSchemas {

    private static final SchemaGenerator GENERATOR = generator();

    private ToolSchemas() {
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS,
                        JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.INLINE_ALL_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withPropertyNameOverrideResolver(field -> Inputs.snake(field.getDeclaredName()))
                .withDescriptionResolver(field -> schema(field) == null || schema(field).description().isEmpty()
                        ? null : schema(field).description())
                .withDefaultResolver(ToolSchemas::defaultValue);
        config.forTypesInGeneral().withDescriptionResolver(scope -> {
            Schema schema = scope.getType().getErasedType().getAnnotation(Schema.class);
            return schema == null || schema.description().isEmpty() ? null : schema.description();
        });
        return new SchemaGenerator(config.build());
    }

    /** The schema of a tool's input record, or an empty object schema for a tool without input. */
    public static JsonObject input(Type inputType) {
        if (inputType == null) {
            return Json.createObjectBuilder().add("type", "object")
                    .add("properties", Json.createObjectBuilder())
                    .add("additionalProperties", false).build();
        }
        ObjectNode schema = GENERATOR.generateSchema(inputType);
        enumerate(schema);
        return toJson(schema);
    }

    /** Every string property whose pattern only lists values says so as an enum of its lower-case values. */
    private static void enumerate(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("pattern") instanceof TextNode pattern) {
            PatternEnums.values(pattern.asText()).ifPresent(values -> {
                object.remove("pattern");
                ArrayNode list = object.putArray("enum");
                values.forEach(list::add);
            });
        }
        node.forEach(ToolSchemas::enumerate);
    }

    /** The schema of what a tool returns; a {@link PreparedJson} is described by the type it was written from. */
    public static JsonObject output(Type outputType) {
        if (outputType instanceof ParameterizedType prepared && prepared.getRawType() == PreparedJson.class) {
            return output(prepared.getActualTypeArguments()[0]);
        }
        return toJson(GENERATOR.generateSchema(outputType));
    }

    private static Schema schema(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(Schema.class);
    }

    private static Object defaultValue(FieldScope field) {
        Schema schema = schema(field);
        if (schema == null || schema.defaultValue().isEmpty()) {
            return null;
        }
        String text = schema.defaultValue();
        Class<?> type = field.getType().getErasedType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Long.valueOf(text);
        }
        if (type == Double.class || type == double.class) {
            return new BigDecimal(text);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    private static JsonObject toJson(ObjectNode node) {
        try (var reader = Json.createReader(new java.io.StringReader(node.toString()))) {
            return reader.readObject();
        }
    }
}
