package org.survivorvoice.outreach.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps outbound texts neutral: a message on a shared or watched phone must not say what it is
 * about. No placeholder but {@code {link}} and {@code {share}} (a whole number the code fills in),
 * so no provider name can be filled in, and none of the banned words in any language. Pure, so it
 * runs in a unit test and at start-up.
 */
public final class TemplateLint {

    /**
     * Trafficking, police and rescue, with the forms a message would use, in English, Hindi,
     * Bengali and Telugu. Matched as substrings, ignoring case, so inflections are caught too.
     */
    public static final List<String> BUILT_IN_BANNED =
            List.of(
                    "traffick",
                    "police",
                    "rescue",
                    "तस्कर",
                    "पुलिस",
                    "बचाव",
                    "उद्धार",
                    "পাচার",
                    "পুলিশ",
                    "উদ্ধার",
                    "అక్రమ రవాణా",
                    "రవాణా",
                    "పోలీసు",
                    "పోలీస్",
                    "రక్షించ",
                    "విముక్తి");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /** The placeholders a template may hold: a link, and the results message's whole percent. */
    private static final Set<String> ALLOWED_PLACEHOLDERS = Set.of("link", "share");

    private TemplateLint() {}

    /**
     * Every problem found, as {@code "<template> : <problem>"}; empty when all templates are clean.
     *
     * @param templates template name (e.g. {@code hi/invitation.sms-link}) to its text
     * @param extraBanned configured words banned on top of the built-in list
     */
    public static List<String> violations(Map<String, String> templates, List<String> extraBanned) {
        List<String> banned = new ArrayList<>(BUILT_IN_BANNED);
        banned.addAll(extraBanned);
        List<String> problems = new ArrayList<>();
        templates.forEach(
                (name, text) -> {
                    String lower = text.toLowerCase(Locale.ROOT);
                    for (String word : banned) {
                        if (!word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT))) {
                            problems.add(name + " : banned word '" + word + "'");
                        }
                    }
                    Matcher m = PLACEHOLDER.matcher(text);
                    while (m.find()) {
                        if (!ALLOWED_PLACEHOLDERS.contains(m.group(1))) {
                            problems.add(name + " : placeholder {" + m.group(1) + "}");
                        }
                    }
                });
        return problems;
    }
}
