package org.survivorvoice.security;

/**
 * An admin opens a staff account.
 *
 * @param username the login name: 3 to 80 lower-case letters, digits, dots, dashes or underscores
 * @param password the first password, at least {@link StaffAccountService#MIN_PASSWORD} characters
 * @param role one of {@link Roles}
 * @param districtId the district an official (required) or a field worker (optional) is bound to;
 *     must be null for admins and funders, who see every district
 */
public record NewStaffAccount(String username, String password, String role, Long districtId) {

    @Override
    public String toString() {
        return "NewStaffAccount[" + username + ", " + role + ", " + districtId + "]";
    }
}
