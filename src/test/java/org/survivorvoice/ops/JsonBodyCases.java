package org.survivorvoice.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.testing.DocumentedOperation;

/**
 * The bad JSON bodies of one operation, generated from its request schema in the OpenAPI document:
 * each must get a 400 problem. Generic ones (not JSON, not an object, invalid UTF-8, deep nesting),
 * then one per property with a value of the wrong type, and the required fields missing or null.
 */
final class JsonBodyCases {

    private JsonBodyCases() {}

    static Map<String, byte[]> of(DocumentedOperation operation, Map<String, Object> schemas) {
        Map<String, Object> schema = resolve(operation.jsonSchema(), schemas);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("unclosed object", "{");
        cases.put("missing value", "{\"a\": }");
        cases.put("not JSON", "not json");
        cases.put("unclosed array", "[1,2");
        cases.put("trailing text", "{} {}");
        cases.put("an array", "[]");
        cases.put("a string", "\"text\"");
        cases.put("null", "null");
        String field = firstProperty(operation, schemas);
        cases.put("deep nesting", "{\"" + field + "\":" + "[".repeat(5_000));
        cases.put("huge number", "{\"" + field + "\":1" + "0".repeat(400) + "}");
        Map<String, Object> properties = properties(schema);
        properties.forEach(
                (name, property) ->
                        cases.put(
                                "wrong type of " + name,
                                "{\""
                                        + name
                                        + "\":"
                                        + wrongValue(resolve(property, schemas))
                                        + "}"));
        List<String> required = required(schema);
        if (!required.isEmpty()) {
            cases.put("required fields missing", "{}");
            List<String> nulls = new ArrayList<>();
            required.forEach(name -> nulls.add("\"" + name + "\":null"));
            cases.put("required fields null", "{" + String.join(",", nulls) + "}");
        }
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        cases.forEach((name, body) -> bodies.put(name, body.getBytes(StandardCharsets.UTF_8)));
        bodies.put("no body", new byte[0]);
        bodies.put("invalid UTF-8", invalidUtf8(field));
        return bodies;
    }

    /** A property of the operation's body, to name in a body that must be refused. */
    static String firstProperty(DocumentedOperation operation, Map<String, Object> schemas) {
        Map<String, Object> properties = properties(resolve(operation.jsonSchema(), schemas));
        return properties.isEmpty() ? "field" : properties.keySet().iterator().next();
    }

    /** {@code {"field":"<C3 28>"}}: a two-byte sequence whose second byte is not a continuation. */
    private static byte[] invalidUtf8(String field) {
        byte[] start = ("{\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 4];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC3;
        body[start.length + 1] = (byte) 0x28;
        body[start.length + 2] = '"';
        body[start.length + 3] = '}';
        return body;
    }

    /** A value the property's type cannot take: Jackson coerces numbers to text, not objects. */
    private static String wrongValue(Map<String, Object> property) {
        Object type = property.get("type");
        if (type == null) {
            return "[1]";
        }
        return switch (type.toString()) {
            case "string", "array" -> "{\"x\":1}";
            case "integer", "number" -> "\"abc\"";
            case "boolean" -> "\"maybe\"";
            default -> "[1]";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> required(Map<String, Object> schema) {
        return (List<String>) schema.getOrDefault("required", List.of());
    }

    /** The schema itself, or the one its {@code $ref} (alone or in an {@code allOf}) names. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Object schema, Map<String, Object> schemas) {
        Map<String, Object> s = (Map<String, Object>) schema;
        if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve(all.get(0), schemas);
        }
        Object ref = s.get("$ref");
        if (ref == null) {
            return s;
        }
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        return (Map<String, Object>) schemas.get(name);
    }
}
