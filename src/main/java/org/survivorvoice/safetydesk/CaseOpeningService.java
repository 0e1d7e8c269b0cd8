package org.survivorvoice.safetydesk;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.survivorvoice.area.Area;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.survivor.Survivor;

/**
 * Opens safety cases: the one write path by which a case comes to exist. Every channel fires a
 * {@link SafetyCheck} in the transaction that stores its rating or message; this observer opens a
 * case there when the check signals danger, at most one per source, so the rating and its case land
 * together or not at all and a repeated webhook opens nothing new.
 */
@ApplicationScoped
public class CaseOpeningService {

    private final SignalDetector detector;
    private final SafetyDeskConfig config;
    private final CaseTexts texts;
    private final PhoneVault vault;
    private final AuditService audit;
    private final Clock clock;

    public CaseOpeningService(
            SafetyDeskConfig config,
            CaseTexts texts,
            PhoneVault vault,
            AuditService audit,
            Clock clock) {
        this.detector = SignalDetector.of(config);
        this.config = config;
        this.texts = texts;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the check's case when it signals danger and none is open for its source yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCheck(@Observes SafetyCheck check) {
        Set<CaseSignal> signals = detector.signals(check);
        if (signals.isEmpty() || SafetyCase.findBySource(check.sourceKey()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        SafetyCase opened = new SafetyCase();
        opened.sourceKey = check.sourceKey();
        opened.signals = SafetyCase.signalNames(signals);
        opened.channel = check.channel();
        opened.language = check.language();
        opened.ratingId = check.ratingId();
        opened.survivor = check.survivorId() == null ? null : Survivor.findById(check.survivorId());
        opened.provider = check.providerId() == null ? null : Provider.findById(check.providerId());
        opened.district = districtOf(opened.survivor, opened.provider);
        String text = check.text();
        opened.openingText =
                text == null || text.isBlank() ? null : texts.sealOpening(text, check.sourceKey());
        if (opened.survivor == null && check.replyPhone() != null) {
            opened.phoneCiphertext = vault.encrypt(check.replyPhone());
        }
        opened.status = CaseStatus.OPEN;
        opened.openedAt = now;
        opened.deadlineAt = now.plus(config.deadline());
        opened.persist();
        audit.record("SAFETY_CASE_OPENED", "safety_case", opened.id, opened.signals);
        Log.infof(
                "Safety case %d opened: signals %s, channel %s",
                opened.id, opened.signals, opened.channel);
    }

    private static Area districtOf(Survivor survivor, Provider provider) {
        if (survivor != null) {
            return survivor.district;
        }
        return provider == null ? null : provider.district;
    }
}
