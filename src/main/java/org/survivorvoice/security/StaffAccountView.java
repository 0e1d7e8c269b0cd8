package org.survivorvoice.security;

/**
 * A staff account as the admin's list shows it; never its password hash.
 *
 * @param districtName the name of the bound district, null when unbound
 */
public record StaffAccountView(
        long id,
        String username,
        String role,
        Long districtId,
        String districtName,
        boolean active) {}
