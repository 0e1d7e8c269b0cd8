package org.survivorvoice.security;

/**
 * Fired in the transaction that resets a staff password or deactivates an account: once it ends,
 * {@link VerifiedPasswordCache} forgets the passwords it remembered for that user name.
 */
public record StaffCredentialsChanged(String username) {}
