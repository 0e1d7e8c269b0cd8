package org.survivorvoice.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Corrections of the schemas SmallRye generates from the records, where its OpenAPI 3.0 output says
 * less or other than the code does: nullable references, and Bean Validation patterns.
 */
final class SchemaCorrections {

    private SchemaCorrections() {}

    /** Corrects every component schema in place. */
    static void apply(Map<String, Schema> schemas) {
        schemas.values().forEach(schema -> inlineNullableEnums(schema, schemas));
        schemas.values().forEach(SchemaCorrections::anchorPatterns);
    }

    /**
     * A nullable property of a referenced type: SmallRye writes it as {@code allOf: [$ref]} beside
     * {@code nullable} with no type, which OpenAPI 3.0.3 does not allow (nullable needs a type) and
     * validators read as "must match the reference", so null fails. Values (enums, date-times) are
     * written in place, with null allowed; objects get their type beside nullable.
     */
    static void inlineNullableEnums(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> inlined(property, components));
        schema.setProperties(properties);
    }

    private static Schema inlined(Schema property, Map<String, Schema> components) {
        // SmallRye models a nullable reference as anyOf: [$ref, {type: null}]
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.get(0).getRef() == null) {
            return property;
        }
        String ref = anyOf.get(0).getRef();
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null) {
            return property;
        }
        if (target.getProperties() != null) {
            // an object: OpenAPI 3.0 wants the type beside nullable
            return OASFactory.createSchema()
                    .type(List.of(SchemaType.OBJECT, SchemaType.NULL))
                    .allOf(List.of(OASFactory.createSchema().ref(ref)))
                    .description(property.getDescription());
        }
        // a value (an enum, a date-time): written in place, with null allowed
        List<SchemaType> types = new ArrayList<>(target.getType());
        types.add(SchemaType.NULL);
        Schema inline =
                OASFactory.createSchema()
                        .type(types)
                        .format(target.getFormat())
                        .pattern(target.getPattern())
                        .example(target.getExample())
                        .description(
                                property.getDescription() != null
                                        ? property.getDescription()
                                        : target.getDescription());
        if (target.getEnumeration() == null) {
            return inline;
        }
        List<Object> values = new ArrayList<>(target.getEnumeration());
        values.add(null);
        return inline.enumeration(values);
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, a JSON Schema pattern any part of
     * it: {@code en|hi|bn|te} would let {@code "xx en"} through. Patterns are anchored, except
     * {@code \\S}, which SmallRye writes for {@code @NotBlank} and which means "any part".
     */
    static void anchorPatterns(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            Schema target = property.getItems() != null ? property.getItems() : property;
            String pattern = target.getPattern();
            if (pattern != null && !pattern.equals("\\S") && !pattern.startsWith("^")) {
                target.setPattern("^(?:" + pattern + ")$");
            }
        }
    }
}
