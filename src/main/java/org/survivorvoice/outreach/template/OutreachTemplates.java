package org.survivorvoice.outreach.template;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.outreach.OutreachConfig;

/**
 * The outbound texts (invitations, reminders, the quarterly results message) of {@code
 * messages/outreach_*.properties}, in every language. Checked by {@link TemplateLint} at start-up
 * against the built-in and configured banned words: the service refuses to start with a template
 * that could give away what the message is about.
 */
@ApplicationScoped
@Startup
public class OutreachTemplates {

    /** What replaces a link token in texts shown to staff. */
    public static final String MASKED_TOKEN = "********";

    private static final String BUNDLE = "messages.outreach";

    private final Map<SurvivorLanguage, ResourceBundle> bundles = new LinkedHashMap<>();

    public OutreachTemplates(OutreachConfig config) {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            bundles.put(language, bundle(language));
        }
        List<String> problems =
                TemplateLint.violations(all(), config.bannedWords().orElse(List.of()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Outbound templates are not neutral: " + problems);
        }
    }

    /** Every template, keyed {@code <language>/<key>}. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        bundles.forEach(
                (language, bundle) ->
                        bundle.keySet()
                                .forEach(
                                        key ->
                                                all.put(
                                                        language.code() + "/" + key,
                                                        bundle.getString(key))));
        return all;
    }

    /** The text of a template in her language, with the link filled in when it takes one. */
    public String render(String key, String languageCode, String link) {
        String text = bundles.get(SurvivorLanguage.fromCodeOrEnglish(languageCode)).getString(key);
        return link == null ? text : text.replace("{link}", link);
    }

    /**
     * The text of a template that carries a share (the results message) in her language, with the
     * whole percent filled in. Only a number can be: never a name.
     */
    public String renderShare(String key, String languageCode, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a share is a whole percent from 0 to 100");
        }
        String text = bundles.get(SurvivorLanguage.fromCodeOrEnglish(languageCode)).getString(key);
        return text.replace("{share}", Integer.toString(percent));
    }

    /** Loads one language's bundle, without falling back to the JVM's default locale. */
    static ResourceBundle bundle(SurvivorLanguage language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
