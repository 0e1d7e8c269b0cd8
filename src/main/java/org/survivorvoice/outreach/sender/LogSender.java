package org.survivorvoice.outreach.sender;

import io.quarkus.logging.Log;
import java.util.UUID;

/**
 * The default sender: sends nothing. What would have gone out stays in the outbox (template, masked
 * preview, times), visible to admins through {@code GET /api/v1/outbox}, so the whole product runs
 * without a gateway account.
 */
public final class LogSender implements OutboundSender {

    @Override
    public String name() {
        return "log";
    }

    @Override
    public SendResult send(OutboundMessage message) {
        Log.infof(
                "Log sender: %s %s with template %s kept in the outbox, not sent",
                message.kind(), message.idempotencyKey(), message.templateKey());
        return SendResult.accepted("log-" + UUID.randomUUID());
    }
}
