package org.survivorvoice.feedback.intake.sms;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.hibernate.exception.LockAcquisitionException;
import org.survivorvoice.common.error.TransientDatabaseError;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.safetydesk.SafetyDeskConfig;
import org.survivorvoice.safetydesk.SignalDetector;

/**
 * Inbound SMS, raw first (CHANNELS.md, SAFETY I1, F1): the message is stored (RECEIVED, unique by
 * gateway and message id) and committed before it is read; then, under a lock on its row, a message
 * still RECEIVED is parsed, acted on and its reply stored in one transaction, while a message
 * already handled just gives back the stored reply. Every copy of a message, however many arrive at
 * once, takes the same path, so exactly one acts and all answer the same.
 */
@ApplicationScoped
public class InboundSmsService {

    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final int STORE_ATTEMPTS = 3;

    private static final String INSERT_RECEIVED =
            "INSERT INTO inbound_message (gateway, external_id, phone_index, body_ciphertext,"
                    + " status, received_at, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";

    private final PhoneVault vault;
    private final InboundBodySeal seal;
    private final SmsActionService actions;
    private final SurvivorMessages messages;
    private final DoNotContactService doNotContact;
    private final SmsConfig config;
    private final SmsGrammar grammar;
    private final Clock clock;
    private final DataSource database;
    private final SenderQueries senders;

    public InboundSmsService(
            PhoneVault vault,
            InboundBodySeal seal,
            SmsActionService actions,
            SurvivorMessages messages,
            DoNotContactService doNotContact,
            SmsConfig config,
            SafetyDeskConfig safetyDesk,
            Clock clock,
            DataSource database,
            SenderQueries senders) {
        this.vault = vault;
        this.seal = seal;
        this.actions = actions;
        this.messages = messages;
        this.doNotContact = doNotContact;
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.senders = senders;
        this.grammar =
                new SmsGrammar(
                        SmsKeywords.of(config.rateKeywords(), config.stopKeywords()),
                        SignalDetector.of(safetyDesk));
    }

    /**
     * Stores, handles and answers a message.
     *
     * @return the reply text, or null when nothing is to be sent
     * @throws InboundStoreUnavailable when the message could not be stored, or could not be handled
     *     for a transient reason (the caller answers 503 so that the gateway tries again; a stored
     *     message is also swept)
     */
    public String receive(InboundSms sms) {
        PhoneNumber phone = PhoneNumber.parse(sms.from()).orElse(null);
        byte[] phoneIndex = phone == null ? null : vault.blindIndex(phone);
        store(sms, phone, phoneIndex);
        return handleOrFail(sms.gateway(), sms.externalId(), phone);
    }

    /**
     * Handles a stored message that no webhook has answered (SAFETY F2): the sweep's way in. The
     * message is taken only when no one else holds it ({@code SKIP LOCKED}) and it is still
     * RECEIVED, so two replicas, or a sweep and a retried webhook, never handle it twice. Its reply
     * is stored, for a copy Twilio may still send; it is not sent unasked (see the README's
     * "Database outage").
     *
     * @return whether this call handled it
     * @throws InboundStoreUnavailable when a transient failure leaves it RECEIVED for later
     */
    public boolean handleWaiting(long id) {
        AtomicReference<InboundMessage> claimed = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew()
                    .call(
                            () -> {
                                Optional<InboundMessage> waiting = InboundMessage.claimWaiting(id);
                                if (waiting.isEmpty()) {
                                    return false;
                                }
                                claimed.set(waiting.get());
                                // the row keeps no number: a request for help swept here
                                // reaches the desk without one unless she is enrolled
                                handle(waiting.get().gateway, waiting.get().externalId, null);
                                return true;
                            });
        } catch (RuntimeException e) {
            InboundMessage message = claimed.get();
            if (message == null || TransientDatabaseError.isTransient(e)) {
                throw new InboundStoreUnavailable(e);
            }
            // once more in transactions of its own, which marks it FAILED if it fails again
            handleOrFail(message.gateway, message.externalId, null);
            return true;
        }
    }

    /**
     * Handles the stored message; a failure that would happen again marks it FAILED and answers the
     * error text, a transient one (the database away) leaves it RECEIVED and throws, so that the
     * webhook answers 503 and the message is retried or swept, never lost.
     */
    private String handleOrFail(String gateway, String externalId, PhoneNumber phone) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> handle(gateway, externalId, phone));
        } catch (RuntimeException e) {
            boolean transientFailure = TransientDatabaseError.isTransient(e);
            // the class only: messages of database errors can quote values
            Log.errorf(
                    "Inbound message %s of %s could not be handled (%s, %s)",
                    externalId,
                    gateway,
                    e.getClass().getName(),
                    transientFailure ? "transient: left to retry" : "marked failed");
            if (transientFailure) {
                throw new InboundStoreUnavailable(e);
            }
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> fail(gateway, externalId, phone));
            } catch (RuntimeException again) {
                throw new InboundStoreUnavailable(again);
            }
        }
    }

    /**
     * The raw message, committed before this returns (SAFETY F1): one {@code INSERT} on a
     * connection in auto-commit mode, outside any transaction (a caller's is suspended), so the
     * statement is its own durable commit in one round trip, without the four of a JTA transaction
     * ({@code SET autocommit}, insert, commit, {@code SET autocommit}). A repeat leaves the first
     * row as it is: {@code ON DUPLICATE KEY UPDATE} with no change, rather than catching a
     * duplicate-key error, because simultaneous copies are normal here (Twilio retries) and not an
     * error worth a log line each. A deadlock between copies is retried.
     */
    private void store(InboundSms sms, PhoneNumber phone, byte[] phoneIndex) {
        String body =
                SurvivorText.bounded(sms.body() == null ? "" : sms.body(), SurvivorText.MAX_LENGTH);
        byte[] sealed = seal.seal(body, phone, sms.gateway(), sms.externalId());
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.suspendingExisting()
                        .run(() -> insertReceived(sms, phoneIndex, sealed, clock.instant()));
                return;
            } catch (RuntimeException e) {
                if (attempt < STORE_ATTEMPTS && isLockConflict(e)) {
                    continue;
                }
                Log.errorf(
                        "Inbound message %s of %s could not be stored (%s)",
                        sms.externalId(), sms.gateway(), e.getClass().getName());
                throw new InboundStoreUnavailable(e);
            }
        }
    }

    private void insertReceived(InboundSms sms, byte[] phoneIndex, byte[] sealed, Instant now) {
        // the columns are UTC wall-clock times, as Hibernate writes them (jdbc.timezone=UTC)
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement(INSERT_RECEIVED)) {
            insert.setString(1, sms.gateway());
            insert.setString(2, sms.externalId());
            insert.setBytes(3, phoneIndex);
            insert.setBytes(4, sealed);
            insert.setObject(5, at);
            insert.setObject(6, at);
            insert.setObject(7, at);
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                // a pool configured without auto-commit: the row must still be durable now
                c.commit();
            }
        } catch (SQLException e) {
            throw new RawStoreFailed(e);
        }
    }

    /** The raw store's JDBC failure, unchecked; its cause tells a lock conflict from the rest. */
    private static final class RawStoreFailed extends RuntimeException {
        RawStoreFailed(SQLException cause) {
            super(cause.getClass().getName(), cause);
        }
    }

    /**
     * Under the row lock: act once, or give back what was answered before. {@code phone} is the
     * sender as this request names it (null from the sweep); it is handed on only when it is the
     * phone the row was stored for, as the number a field worker may call back.
     */
    private String handle(String gateway, String externalId, PhoneNumber phone) {
        InboundMessage message = InboundMessage.lock(gateway, externalId).orElseThrow();
        if (message.status != InboundStatus.RECEIVED) {
            Log.infof(
                    "Inbound message %s of %s repeated: stored reply answered",
                    externalId, gateway);
            return message.replyText;
        }
        // the row changes only after the read below: a change before it would make Hibernate
        // flush the row first (an UPDATE more per message) since the read counts in its table
        Instant now = clock.instant();
        SmsActionService.Received received = received(message, gateway, externalId, phone);
        List<byte[]> phoneIndexes = actions.indexesOf(received);
        // the per-phone count, the opt-out, the language and the survivors in one statement
        SenderFacts sender =
                senders.facts(
                        phoneIndexes, message.phoneIndex, message.receivedAt.minus(RATE_WINDOW));
        if (message.phoneIndex != null && sender.recentMessages() > config.maxPerHour()) {
            // not acted on or answered, but a call for help is never dropped: the desk still looks
            actions.tellSafetyDesk(received, phoneIndexes, sender);
            message.handledAt = now;
            message.status = InboundStatus.RATE_LIMITED;
            message.bodyCiphertext = null;
            Log.warnf("Inbound message %s of %s over the per-phone limit", externalId, gateway);
            return null;
        }
        String body = received.body();
        SmsCommand command = grammar.parse(body);
        SmsActionService.Outcome outcome = actions.act(command, received, phoneIndexes, sender);
        message.handledAt = now;
        message.status = InboundStatus.PROCESSED;
        message.command = command.kind();
        message.replyText = outcome.reply();
        message.ratingId = outcome.ratingId();
        message.bodyCiphertext = null;
        Log.infof("Inbound message %s of %s handled as %s", externalId, gateway, command.kind());
        return outcome.reply();
    }

    /**
     * The stored message as it is acted on: its body opened, and its sender (as this request names
     * it, else as it was sealed with the body: the sweep has no request) only when it is the phone
     * the row was stored for (the number a field worker may call back).
     */
    private SmsActionService.Received received(
            InboundMessage message, String gateway, String externalId, PhoneNumber phone) {
        InboundBodySeal.Opened opened =
                seal.openMessage(message.bodyCiphertext, gateway, externalId);
        PhoneNumber candidate = phone != null ? phone : opened.sender().orElse(null);
        PhoneNumber sender =
                candidate != null && vault.matches(candidate, message.phoneIndex)
                        ? candidate
                        : null;
        return new SmsActionService.Received(message.id, message.phoneIndex, sender, opened.body());
    }

    /** Marks a message whose handling failed; the survivor is asked to send it again. */
    private String fail(String gateway, String externalId, PhoneNumber phone) {
        InboundMessage message = InboundMessage.lock(gateway, externalId).orElseThrow();
        if (message.status != InboundStatus.RECEIVED) {
            return message.replyText;
        }
        message.status = InboundStatus.FAILED;
        message.handledAt = clock.instant();
        message.bodyCiphertext = null;
        // with the number, an opt-out still under the previous index key (a rotation) counts too
        boolean optedOut =
                phone != null && vault.matches(phone, message.phoneIndex)
                        ? doNotContact.containsPhone(phone)
                        : message.phoneIndex != null && doNotContact.contains(message.phoneIndex);
        message.replyText =
                optedOut
                        ? null
                        : messages.text(actions.languageOf(message.phoneIndex), "sms.error");
        return message.replyText;
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockAcquisitionException
                    || t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
