package org.survivorvoice.collective;

import jakarta.validation.constraints.NotNull;

/** A field worker to lead a collective, by account id; she must be an active field worker. */
public record NewPeerLeader(@NotNull Long userId) {}
