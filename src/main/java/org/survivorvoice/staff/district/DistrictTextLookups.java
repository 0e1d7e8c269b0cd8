package org.survivorvoice.staff.district;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/** Text lookups with a fallback, for names the texts may not translate (a new category). */
@TemplateExtension
final class DistrictTextLookups {

    private DistrictTextLookups() {}

    /** {@code {t.textOr('district.category.' + c.code, c.name)}}. */
    static String textOr(Map<String, String> texts, String key, String fallback) {
        String text = texts.get(key);
        return text == null ? fallback : text;
    }
}
