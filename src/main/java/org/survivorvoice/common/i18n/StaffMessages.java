package org.survivorvoice.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of the staff pages, from {@code messages/staff/<area>_<code>.properties} (UTF-8): one
 * file per area of the pages and language, so each area's texts are read and translated together. A
 * key missing in a language falls back to English; a key missing in English is a programming error.
 */
@ApplicationScoped
public class StaffMessages {

    /** The areas of the staff pages, each with its own files; keys start with the area's name. */
    public static final List<String> AREAS =
            List.of(
                    "common",
                    "district",
                    "reports",
                    "field",
                    "admin",
                    "providers",
                    "responses",
                    "meetings",
                    "cases",
                    "trainings",
                    "servicetypes",
                    "collectives",
                    "trainingeffect");

    private final Map<SurvivorLanguage, Map<String, String>> texts =
            new EnumMap<>(SurvivorLanguage.class);

    public StaffMessages() {
        Map<String, String> english = load(SurvivorLanguage.EN);
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            Map<String, String> merged = new LinkedHashMap<>(english);
            merged.putAll(load(language));
            texts.put(language, Map.copyOf(merged));
        }
    }

    /** Every text in the language, by key: what a page template reads as {@code t}. */
    public Map<String, String> all(SurvivorLanguage language) {
        return texts.get(language);
    }

    /** The text of the key in the language, its placeholders filled by name. */
    public String text(SurvivorLanguage language, String key, Map<String, String> values) {
        String template = texts.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("No staff message " + key);
        }
        return MessageFiles.fill(template, values);
    }

    /** The keys one language's own files define (without the English fallback). */
    public static Map<String, String> own(SurvivorLanguage language) {
        return load(language);
    }

    private static Map<String, String> load(SurvivorLanguage language) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String area : AREAS) {
            Optional<Properties> file =
                    MessageFiles.read(
                            "messages/staff/" + area + "_" + language.code() + ".properties");
            file.ifPresent(
                    p -> p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k))));
        }
        return texts;
    }
}
