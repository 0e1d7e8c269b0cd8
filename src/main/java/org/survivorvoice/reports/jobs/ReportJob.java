package org.survivorvoice.reports.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;

/** One requested workbook and how far its writing has got. */
@Entity
@Table(name = "report_job")
public class ReportJob extends BaseEntity {

    @Column(nullable = false, length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Audience audience;

    @Column(name = "district_id")
    public Long districtId;

    @Column(nullable = false)
    public boolean provisional;

    @Column(name = "requested_by", nullable = false, length = 80)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReportJobStatus status;

    @Column(nullable = false)
    public int progress;

    @Column(name = "report_id")
    public Long reportId;

    /** Why it failed, in words for staff; never personal data or exception text. */
    @Column(length = 200)
    public String failure;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The workbook this job writes. */
    public ReportRequest request() {
        return new ReportRequest(Quarter.parse(period), audience, districtId, provisional);
    }

    @Override
    public String toString() {
        return "ReportJob[" + id + ", " + period + " " + audience + ", " + status + "]";
    }
}
