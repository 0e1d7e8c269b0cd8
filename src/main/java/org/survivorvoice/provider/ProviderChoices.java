package org.survivorvoice.provider;

import java.util.List;

/**
 * What a provider form offers: the categories by code, and the districts each followed by its
 * blocks, by name.
 */
public record ProviderChoices(List<Choice> categories, List<Choice> districts, List<Choice> areas) {

    /** One choice: the value a form sends, its label, and whether it is a district. */
    public record Choice(String value, String label, boolean district) {}
}
