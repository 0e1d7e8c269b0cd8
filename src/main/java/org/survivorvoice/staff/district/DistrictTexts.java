package org.survivorvoice.staff.district;

import io.quarkus.qute.TemplateExtension;

/**
 * Fills the {@code {name}} placeholders of a staff text inside a district template, so that each
 * language keeps its own word order ("rank 3-11 of 40", "40 में से रैंक 3-11"): {@code
 * {fill:three(t.get('district.rank'), 'low', r.low, 'high', r.high, 'of', r.of)}}.
 */
@TemplateExtension(namespace = "fill")
final class DistrictTexts {

    private DistrictTexts() {}

    static String one(String text, String name, Object value) {
        return replace(text, name, value);
    }

    static String two(String text, String name1, Object value1, String name2, Object value2) {
        return replace(replace(text, name1, value1), name2, value2);
    }

    static String three(
            String text,
            String name1,
            Object value1,
            String name2,
            Object value2,
            String name3,
            Object value3) {
        return replace(replace(replace(text, name1, value1), name2, value2), name3, value3);
    }

    private static String replace(String text, String name, Object value) {
        return text == null ? "" : text.replace("{" + name + "}", String.valueOf(value));
    }
}
