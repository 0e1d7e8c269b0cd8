-- Results back to survivors (issue 16, U-Report's lesson): once a quarter after its release, a
-- survivor who consented to the purpose "results" (survivor.consent_results, V22) gets one neutral
-- SMS with the share of her district's ratings that were satisfied. One row per survivor and
-- quarter, so that nobody gets a quarter's results twice however often the job runs.
-- satisfied_percent is the published whole percent the message carries (null when the share is
-- withheld by the suppression gate: then no message, status SKIPPED, reason SHARE_WITHHELD).
-- reason says why a contact waits, was skipped or stopped (the outreach gates' reasons).
CREATE TABLE results_contact (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    survivor_id        BIGINT       NOT NULL,
    district_id        BIGINT       NOT NULL,
    period             VARCHAR(7)   NOT NULL,
    language           VARCHAR(2)   NOT NULL,
    satisfied_percent  INT          NULL,
    status             VARCHAR(12)  NOT NULL,
    reason             VARCHAR(30)  NULL,
    not_before         DATETIME(6)  NULL,
    expires_at         DATETIME(6)  NOT NULL,
    sent_at            DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_results_contact_survivor_period UNIQUE (survivor_id, period),
    CONSTRAINT fk_results_contact_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT fk_results_contact_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_results_contact_percent
        CHECK (satisfied_percent IS NULL OR satisfied_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_results_contact_status CHECK (status IN
        ('WAITING', 'QUEUED', 'SENT', 'SKIPPED', 'CANCELLED', 'EXPIRED', 'FAILED')),
    CONSTRAINT ck_results_contact_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT ck_results_contact_language CHECK (language IN ('en', 'hi', 'bn', 'te'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- her pending contacts, stopped when she withdraws consent or is put on do-not-contact
CREATE INDEX ix_results_contact_survivor_status ON results_contact (survivor_id, status);
