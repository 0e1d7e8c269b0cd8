package org.survivorvoice.collective;

/** A peer leader of a collective: the field worker's account. */
public record PeerLeaderView(Long userId, String username, boolean active) {}
