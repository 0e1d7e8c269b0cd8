package org.survivorvoice.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Observes {@link ResponseCompleted} as outreach will: records each event with what the observer
 * saw then, so a test proves it came inside the transaction that marked the response DONE.
 */
@ApplicationScoped
public class CompletedResponses {

    /** An event and, as read inside it, whether a transaction was active and the row's status. */
    public record Seen(ResponseCompleted event, boolean inTransaction, ResponseStatus status) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ResponseCompleted event) {
        ProviderResponse row = ProviderResponse.findById(event.responseId());
        seen.add(new Seen(event, QuarkusTransaction.isActive(), row.status));
    }

    /** The events of one response, oldest first. */
    public List<Seen> of(long responseId) {
        return seen.stream().filter(s -> s.event().responseId() == responseId).toList();
    }
}
