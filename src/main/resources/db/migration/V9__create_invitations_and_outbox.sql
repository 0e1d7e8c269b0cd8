-- Invitations to rate an encounter (design/CHANNELS.md "Outreach", SAFETY.md F4, F5).
-- One row per encounter and occasion (logged, outcome RECEIVED, outcome DENIED), so changing an
-- outcome back and forth never invites twice. reason says why an invitation waits or was skipped.
-- sent_period is the quarter (programme time zone) of the first send, for the response rates.
CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    encounter_id    BIGINT       NOT NULL,
    survivor_id     BIGINT       NOT NULL,
    provider_id     BIGINT       NOT NULL,
    district_id     BIGINT       NOT NULL,
    occasion        VARCHAR(10)  NOT NULL,
    channel         VARCHAR(20)  NULL,
    status          VARCHAR(12)  NOT NULL,
    reason          VARCHAR(30)  NULL,
    language        VARCHAR(2)   NOT NULL,
    not_before      DATETIME(6)  NULL,
    expires_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    sent_period     VARCHAR(7)   NULL,
    reminders_sent  INT          NOT NULL,
    last_sent_at    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_encounter_occasion UNIQUE (encounter_id, occasion),
    CONSTRAINT fk_invitation_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_invitation_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT fk_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_invitation_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_invitation_occasion CHECK (occasion IN ('LOGGED', 'RECEIVED', 'DENIED')),
    CONSTRAINT ck_invitation_channel
        CHECK (channel IN ('SMS_LINK', 'SMS_CONVERSATION', 'IVR_CALL')),
    CONSTRAINT ck_invitation_status CHECK (status IN
        ('WAITING', 'QUEUED', 'SENT', 'ANSWERED', 'EXPIRED', 'SKIPPED', 'CANCELLED', 'SUPERSEDED')),
    CONSTRAINT ck_invitation_language CHECK (language IN ('en', 'hi', 'bn', 'te'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_survivor_status ON invitation (survivor_id, status);
CREATE INDEX ix_invitation_status_expires ON invitation (status, expires_at);
CREATE INDEX ix_invitation_provider_period ON invitation (provider_id, sent_period, channel);

-- Single-use links /r/{token}: only the SHA-256 of the random token (at least 128 bits) is kept.
-- Each message carrying a link gets its own token; using any one uses the invitation.
CREATE TABLE invitation_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    invitation_id  BIGINT       NOT NULL,
    token_hash     VARBINARY(32) NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    used_at        DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitation_token_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_token_invitation ON invitation_token (invitation_id);

-- The SMS conversation an invitation opened: a reply from this phone (blind index) answers it
-- until it expires (48 hours by default). The SMS issue adds the answers as they arrive.
CREATE TABLE sms_conversation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    invitation_id  BIGINT        NOT NULL,
    encounter_id   BIGINT        NOT NULL,
    survivor_id    BIGINT        NOT NULL,
    phone_index    VARBINARY(32) NOT NULL,
    language       VARCHAR(2)    NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    opened_at      DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sms_conversation_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_sms_conversation_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
    CONSTRAINT fk_sms_conversation_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_sms_conversation_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_sms_conversation_state CHECK (state IN ('OPEN', 'CLOSED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sms_conversation_phone_state ON sms_conversation (phone_index, state, expires_at);

-- An outbound IVR call for an invitation; call_sid is Twilio's id once the call is placed, and the
-- key by which the voice webhooks find it.
CREATE TABLE call_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    invitation_id  BIGINT       NOT NULL,
    encounter_id   BIGINT       NOT NULL,
    survivor_id    BIGINT       NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    call_sid       VARCHAR(64)  NULL,
    state          VARCHAR(10)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_call_request_call_sid UNIQUE (call_sid),
    CONSTRAINT fk_call_request_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
    CONSTRAINT fk_call_request_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_call_request_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_call_request_state CHECK (state IN ('PLACING', 'PLACED', 'FAILED', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_call_request_invitation ON call_request (invitation_id);

-- The outbox: one row per logical outbound message or call, unique by its idempotency key.
-- States only move forward: QUEUED -> SENT -> DELIVERED or FAILED (CANCELLED only from QUEUED).
-- claimed_by/claimed_until: the dispatcher's lease, so two instances never send one row at once.
-- preview is the rendered text with any token masked; the phone is never stored here.
CREATE TABLE outbox_message (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    idempotency_key      VARCHAR(80)  NOT NULL,
    invitation_id        BIGINT       NOT NULL,
    survivor_id          BIGINT       NOT NULL,
    channel              VARCHAR(10)  NOT NULL,
    kind                 VARCHAR(12)  NOT NULL,
    template_key         VARCHAR(60)  NOT NULL,
    language             VARCHAR(2)   NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    attempts             INT          NOT NULL,
    next_attempt_at      DATETIME(6)  NOT NULL,
    claimed_by           VARCHAR(64)  NULL,
    claimed_until        DATETIME(6)  NULL,
    provider_message_id  VARCHAR(64)  NULL,
    sender               VARCHAR(20)  NULL,
    preview              VARCHAR(500) NULL,
    last_error           VARCHAR(60)  NULL,
    sent_at              DATETIME(6)  NULL,
    status_changed_at    DATETIME(6)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_key UNIQUE (idempotency_key),
    CONSTRAINT uq_outbox_message_provider_id UNIQUE (provider_message_id),
    CONSTRAINT fk_outbox_message_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
    CONSTRAINT fk_outbox_message_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_outbox_message_channel CHECK (channel IN ('SMS', 'VOICE')),
    CONSTRAINT ck_outbox_message_kind CHECK (kind IN ('INVITATION', 'REMINDER')),
    CONSTRAINT ck_outbox_message_status
        CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the dispatcher's claim: due queued rows in order
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_invitation ON outbox_message (invitation_id);
