package org.survivorvoice.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.AuditEntry;

/**
 * A {@code DATETIME} read through a native query is the instant Hibernate wrote, whatever the JVM's
 * default zone. Surefire runs this class a second time under {@code -Duser.timezone=Asia/Kolkata}
 * (pom.xml, execution {@code jvm-zone}): an Indian server's zone, under which a wall clock taken
 * from the default zone puts an evening alert on the next day.
 */
@QuarkusTest
class NativeRowZoneTest {

    @Inject EntityManager em;

    @Test
    @Transactional
    void aDatetimeReadsBackAsTheInstantHibernateWrote() {
        // 20:15 UTC is 01:45 the next day in India
        Instant evening = Instant.parse("1951-03-31T20:15:00Z");
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = evening;
        entry.actor = "zone-test";
        entry.action = "READ";
        entry.objectType = "zone";
        entry.persist();
        em.flush();

        NativeRow row =
                NativeRow.single(
                        em.createNativeQuery("SELECT occurred_at FROM audit_log WHERE id = :id")
                                .setParameter("id", entry.id));

        assertThat(row.instant(0)).isEqualTo(evening);
    }
}
