package io.coachline.platform.control;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response.Status;

/**
 * Strict typing of JSON input, checked on the parsed JSON-P tree against the Java type it is bound to, before
 * JSON-B binds it. JSON-B (Yasson) is lenient: it turns {@code 12} into the string "12", {@code "150"} and
 * {@code 150.5} into the int 150, wraps 4294967446 around to 150, and reports a type error with an internal
 * class name. Here a wrong JSON type or a number out of its Java type's range is a 400 naming the field and
 * the expected type. REST bodies and MCP tool arguments both pass through {@link #check}.
 */
public final class JsonShape {

    // Duplicate keys are refused (JSON-P 2.1's NONE key strategy): "the last one wins" would be a silent choice.
    private static final JsonReaderFactory READERS = JsonProvider.provider()
            .createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final Map<Class<?>, Map<String, Type>> COMPONENTS = new ConcurrentHashMap<>();

    private JsonShape() {
    }

    /** Decodes a request body as strict UTF-8 (RFC 8259); malformed bytes are a 400, never U+FFFD. */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("body", "body: is not valid UTF-8 text");
        }
    }

    /** Parses a body as one JSON value; bad syntax or a repeated key is a 400 {@code invalid_json}. */
    public static JsonValue parse(byte[] body) {
        utf8(body);
        try (var reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new ApiException(Status.BAD_REQUEST, "invalid_json",
                    "request body is not valid JSON: " + firstLine(e.getMessage()), null);
        } catch (RuntimeException e) {
            // The parser refuses input nested past 1,000 levels with a bare RuntimeException.
            throw new ApiException(Status.BAD_REQUEST, "invalid_json",
                    "request body is not valid JSON: nested too deeply", null);
        }
    }

    /**
     * Throws a 400 naming the first field whose JSON value does not fit its Java type. Only records are
     * checked component by component; other targets are left to JSON-B.
     */
    public static void check(JsonValue value, Type target) {
        Class<?> raw = raw(target);
        if (raw != null && raw.isRecord()) {
            check(value, target, null);
        }
    }

    private static void check(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw wrong(path, expected(raw, type), "null");
            }
            return;
        }
        if (raw.isRecord()) {
            object(value, raw, path);
        } else if (raw == String.class || raw == Character.class || raw.isEnum()) {
            text(value, raw, type, path);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw wrong(path, "true or false", describe(value));
            }
        } else if (Range.of(raw) != null) {
            whole(value, Range.of(raw), path);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            decimal(value, raw == Float.class || raw == float.class, path);
        } else if (Number.class.isAssignableFrom(raw)) {
            number(value, path, "a number");
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            list(value, type, raw, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, type, path);
        }
    }

    private static void object(JsonValue value, Class<?> record, String path) {
        if (!(value instanceof JsonObject object)) {
            throw wrong(path == null ? "body" : path, "a JSON object", describe(value));
        }
        Map<String, Type> components = COMPONENTS.computeIfAbsent(record, JsonShape::components);
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String name = path == null ? entry.getKey() : path + "." + entry.getKey();
            Type component = components.get(entry.getKey());
            if (component == null) {
                // invalid_json as before this check existed (the body does not fit the operation), now naming the field.
                throw new ApiException(Status.BAD_REQUEST, "invalid_json",
                        name + ": not a field of this operation; fields: " + components.keySet(), top(name));
            }
            check(entry.getValue(), component, name);
        }
    }

    private static Map<String, Type> components(Class<?> record) {
        Map<String, Type> names = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.put(Inputs.snake(component.getName()), component.getGenericType());
        }
        return names;
    }

    private static void text(JsonValue value, Class<?> raw, Type type, String path) {
        if (!(value instanceof JsonString string)) {
            throw wrong(path, expected(raw, type), describe(value));
        }
        String text = string.getString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A lone surrogate (valid JSON as "\ud800") is not text: stored, it would turn into U+FFFD.
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest(top(path), path + ": contains an unpaired surrogate (\\u"
                        + Integer.toHexString(c) + "); send valid Unicode text");
            }
        }
    }

    private static BigDecimal number(JsonValue value, String path, String expected) {
        if (!(value instanceof JsonNumber number)) {
            throw wrong(path, expected, describe(value));
        }
        return number.bigDecimalValue();
    }

    private static void whole(JsonValue value, Range range, String path) {
        String expected = "a whole number from " + range.min + " to " + range.max;
        BigDecimal number = number(value, path, expected);
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw wrong(path, expected, number.toString());
        }
        // Compared as decimals: converting to an int first is exactly the wrap-around this class prevents.
        if (stripped.precision() - stripped.scale() > 20 || stripped.compareTo(BigDecimal.valueOf(range.min)) < 0
                || stripped.compareTo(BigDecimal.valueOf(range.max)) > 0) {
            throw ApiException.badRequest(top(path), path + ": " + abbreviate(number.toString()) + " is out of range; expected "
                    + expected);
        }
    }

    private static void decimal(JsonValue value, boolean single, String path) {
        BigDecimal number = number(value, path, "a number");
        double converted = single ? number.floatValue() : number.doubleValue();
        if (Double.isInfinite(converted)) {
            throw ApiException.badRequest(top(path), path + ": " + abbreviate(number.toString()) + " is out of range");
        }
    }

    private static void list(JsonValue value, Type type, Class<?> raw, String path) {
        if (!(value instanceof JsonArray array)) {
            throw wrong(path, "a JSON array", describe(value));
        }
        Type element = raw.isArray() ? (type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType())
                : argument(type, 0);
        for (int i = 0; i < array.size(); i++) {
            check(array.get(i), element, path + "[" + i + "]");
        }
    }

    private static void map(JsonValue value, Type type, String path) {
        if (!(value instanceof JsonObject object)) {
            throw wrong(path, "a JSON object", describe(value));
        }
        Type element = argument(type, 1);
        object.forEach((key, entry) -> check(entry, element, path + "." + key));
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType g && raw(g.getGenericComponentType()) != null) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        return null;
    }

    private static String expected(Class<?> raw, Type type) {
        if (raw.isEnum()) {
            return "one of " + java.util.Arrays.toString(raw.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        if (raw == String.class || raw == Character.class) {
            return "a string";
        }
        if (raw == boolean.class) {
            return "true or false";
        }
        return Range.of(raw) != null ? "a whole number" : "a number";
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + abbreviate(value.toString());
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }

    private static ApiException wrong(String path, String expected, String got) {
        String field = path == null ? "body" : path;
        return ApiException.badRequest(top(field), field + ": must be " + expected + ", got " + got);
    }

    /** The field an error names: the top-level one (tags[2] is about tags, as Inputs reports it). */
    private static String top(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The range of each whole-number Java type. */
    private record Range(long min, long max) {
        static Range of(Class<?> type) {
            if (type == Integer.class || type == int.class) {
                return new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (type == Long.class || type == long.class) {
                return new Range(Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (type == Short.class || type == short.class) {
                return new Range(Short.MIN_VALUE, Short.MAX_VALUE);
            }
            if (type == Byte.class || type == byte.class) {
                return new Range(Byte.MIN_VALUE, Byte.MAX_VALUE);
            }
            return null;
        }
    }
}
