package org.survivorvoice.reports.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.reports.data.Audience;

/** A finished workbook in the archive: what it covers, where its file is and its SHA-256. */
@Entity
@Table(name = "report_archive")
public class ArchivedReport extends BaseEntity {

    @Column(nullable = false, length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Audience audience;

    @Column(name = "district_id")
    public Long districtId;

    @Column(nullable = false)
    public boolean provisional;

    /** File name inside the archive folder. */
    @Column(name = "file_name", nullable = false, length = 120)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex SHA-256 of the file's bytes. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "generated_by", nullable = false, length = 80)
    public String generatedBy;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;

    @Override
    public String toString() {
        return "ArchivedReport[" + id + ", " + period + " " + audience + "]";
    }
}
