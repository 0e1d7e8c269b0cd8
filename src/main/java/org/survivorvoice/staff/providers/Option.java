package org.survivorvoice.staff.providers;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Objects;
import org.survivorvoice.provider.ProviderChoices;

/** One option of a select: blocks are indented under their district. */
@TemplateData
public record Option(String value, String label, boolean selected, boolean indented) {

    /** The choices as options, the one with the value selected. */
    static List<Option> of(
            List<ProviderChoices.Choice> choices, boolean indentBlocks, String value) {
        return choices.stream()
                .map(
                        c ->
                                new Option(
                                        c.value(),
                                        c.label(),
                                        Objects.equals(c.value(), value),
                                        indentBlocks && !c.district()))
                .toList();
    }
}
