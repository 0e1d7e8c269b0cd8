package org.survivorvoice.staff.district;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * Text lookups of the district templates by a key prefix and a value ({@code
 * {t.at('district.band.', g.key)}}), with a fallback for names the texts may not translate (a
 * category added later).
 */
@TemplateExtension
final class DistrictTextLookups {

    private DistrictTextLookups() {}

    /** The text of {@code prefix + suffix}. */
    static String at(Map<String, String> texts, String prefix, Object suffix) {
        return texts.get(prefix + suffix);
    }

    /** The text of {@code prefix + suffix}, or the fallback when there is none. */
    static String textOr(Map<String, String> texts, String prefix, Object suffix, String fallback) {
        String text = texts.get(prefix + suffix);
        return text == null ? fallback : text;
    }
}
