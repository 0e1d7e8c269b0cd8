package org.survivorvoice.response;

import java.time.LocalDate;

/**
 * One response as an official of its district reads it in her workbook, with its status as of the
 * workbook's instant. Internal: never in a funder's output.
 *
 * @param providerCode the provider's code
 * @param providerName the provider's name
 * @param theme what it sets out to change
 * @param actionText what will change
 * @param ownerRole who acts, as a role
 * @param dueDate when it is due
 * @param status where it stood at the instant
 */
public record ResponseLine(
        String providerCode,
        String providerName,
        ResponseTheme theme,
        String actionText,
        String ownerRole,
        LocalDate dueDate,
        ResponseStatus status) {}
