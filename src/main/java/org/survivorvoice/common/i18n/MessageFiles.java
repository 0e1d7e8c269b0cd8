package org.survivorvoice.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the UTF-8 message files under {@code messages/} and filling their {@code {name}}
 * placeholders by name, so a translation may put them in any order and an apostrophe needs no
 * escaping (unlike {@link java.text.MessageFormat}). Pure apart from the class path.
 */
final class MessageFiles {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9-]*)}");

    private MessageFiles() {}

    /** The properties of the class-path file, empty when there is no such file. */
    static Optional<Properties> read(String path) {
        Properties properties = new Properties();
        try (InputStream in = MessageFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(properties);
    }

    /**
     * The template with its placeholders filled; a placeholder without a value stays as written.
     */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
