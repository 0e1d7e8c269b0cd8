-- The safety desk (issue 17): a rating or message that signals danger opens a case that the field
-- workers of her district must answer by a deadline. Never read by officials or funders.

-- One case per signalling rating, message or call: source_key ('rating:<id>', 'sms:<id>',
-- 'call:<id>') makes a second webhook of the same message open nothing. signals lists the
-- CaseSignal names found, comma-separated. district_id is the survivor's district, else the
-- provider's, else NULL (seen by admins and by field workers bound to no district).
-- opening_text is the comment or message that opened it, sealed (privacy.TextSeal, label
-- survivor-voice/safety-case-text/v1, bound to the source key); phone_ciphertext is the phone
-- it came from (PhoneVault) when no enrolled survivor is known. contacted_at is the first
-- contact; escalated_at is set once by the daily escalation of an overdue case.
CREATE TABLE safety_case (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    source_key         VARCHAR(80)    NOT NULL,
    signals            VARCHAR(200)   NOT NULL,
    channel            VARCHAR(10)    NOT NULL,
    language           VARCHAR(2)     NOT NULL,
    survivor_id        BIGINT         NULL,
    provider_id        BIGINT         NULL,
    rating_id          BIGINT         NULL,
    district_id        BIGINT         NULL,
    opening_text       VARBINARY(8300) NULL,
    phone_ciphertext   VARBINARY(128) NULL,
    status             VARCHAR(10)    NOT NULL,
    outcome            VARCHAR(20)    NULL,
    opened_at          DATETIME(6)    NOT NULL,
    deadline_at        DATETIME(6)    NOT NULL,
    contacted_at       DATETIME(6)    NULL,
    closed_at          DATETIME(6)    NULL,
    escalated_at       DATETIME(6)    NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_safety_case_source UNIQUE (source_key),
    CONSTRAINT fk_safety_case_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT fk_safety_case_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_safety_case_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT fk_safety_case_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_safety_case_channel CHECK (channel IN ('WEB', 'SMS', 'IVR', 'ASSISTED', 'PAPER')),
    CONSTRAINT ck_safety_case_status CHECK (status IN ('OPEN', 'CONTACTED', 'CLOSED')),
    CONSTRAINT ck_safety_case_outcome CHECK (outcome IS NULL OR outcome IN
        ('RESOLVED', 'REFERRED_LEGAL_AID', 'REFERRED_POLICE', 'COULD_NOT_REACH', 'DECLINED')),
    CONSTRAINT ck_safety_case_closed
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL)),
    CONSTRAINT ck_safety_case_contacted CHECK (status <> 'CONTACTED' OR contacted_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safety_case_district_status ON safety_case (district_id, status);
CREATE INDEX ix_safety_case_status_deadline ON safety_case (status, deadline_at);
CREATE INDEX ix_safety_case_opened ON safety_case (opened_at);

-- What the field worker noted on a case, sealed like the opening text (bound to the note's case
-- and its own random key), by the staff user name that wrote it.
CREATE TABLE safety_case_note (
    id           BIGINT          NOT NULL AUTO_INCREMENT,
    case_id      BIGINT          NOT NULL,
    seal_key     VARCHAR(40)     NOT NULL,
    body         VARBINARY(4300) NOT NULL,
    written_by   VARCHAR(80)     NOT NULL,
    written_at   DATETIME(6)     NOT NULL,
    created_at   DATETIME(6)     NOT NULL,
    updated_at   DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_safety_case_note_case FOREIGN KEY (case_id) REFERENCES safety_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safety_case_note_case ON safety_case_note (case_id, written_at);
