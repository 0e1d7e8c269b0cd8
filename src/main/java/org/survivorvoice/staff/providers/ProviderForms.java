package org.survivorvoice.staff.providers;

import java.util.List;
import java.util.Map;
import org.survivorvoice.provider.ProviderChoices;
import org.survivorvoice.provider.ProviderView;

/** What the provider list and forms show of providers and choices. */
final class ProviderForms {

    private ProviderForms() {}

    static ProviderRow row(ProviderView p, Map<String, String> categoryNames) {
        return new ProviderRow(
                p.code(),
                p.name(),
                p.category(),
                categoryNames.getOrDefault(p.category(), p.category()),
                p.areaId().toString(),
                p.areaName(),
                p.districtName(),
                p.active());
    }

    /** The categories as options, labelled with their name and code. */
    static List<Option> categoryOptions(ProviderChoices choices, String selected) {
        return choices.categories().stream()
                .map(
                        c ->
                                new Option(
                                        c.value(),
                                        c.label() + " (" + c.value() + ")",
                                        c.value().equals(selected),
                                        false))
                .toList();
    }

    /** A whole number typed or chosen in a form, or null. */
    static Long areaId(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}")
                ? Long.valueOf(text.strip())
                : null;
    }
}
