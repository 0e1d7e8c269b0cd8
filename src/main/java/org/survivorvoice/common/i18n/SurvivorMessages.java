package org.survivorvoice.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The survivor-facing texts of every channel, from {@code messages/survivor_<code>.properties}
 * (UTF-8). Placeholders are written {@code {name}} and filled by name, so a translation may put
 * them in any order and an apostrophe needs no escaping (unlike {@link java.text.MessageFormat}).
 */
@ApplicationScoped
public class SurvivorMessages {

    private final Map<SurvivorLanguage, Properties> bundles = new EnumMap<>(SurvivorLanguage.class);

    public SurvivorMessages() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            bundles.put(language, load(language));
        }
    }

    /** The text of the key in the language, English when a translation is missing. */
    public String text(SurvivorLanguage language, String key) {
        return text(language, key, Map.of());
    }

    /**
     * The text with its placeholders filled; a placeholder without a value stays as written.
     *
     * @throws IllegalArgumentException when not even English has the key (a programming error)
     */
    public String text(SurvivorLanguage language, String key, Map<String, String> values) {
        return MessageFiles.fill(template(language, key), values);
    }

    /** The raw template, English when a translation is missing. */
    public String template(SurvivorLanguage language, String key) {
        String template = bundles.get(language).getProperty(key);
        if (template == null) {
            template = bundles.get(SurvivorLanguage.EN).getProperty(key);
        }
        if (template == null) {
            throw new IllegalArgumentException("No survivor message " + key);
        }
        return template;
    }

    /** The keys the language's bundle defines, sorted. */
    public Set<String> keys(SurvivorLanguage language) {
        return new TreeSet<>(bundles.get(language).stringPropertyNames());
    }

    /** The placeholder names of a template, in order of appearance. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = MessageFiles.PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(SurvivorLanguage language) {
        String path = "messages/survivor_" + language.code() + ".properties";
        return MessageFiles.read(path)
                .orElseThrow(() -> new IllegalStateException("Missing message bundle " + path));
    }
}
