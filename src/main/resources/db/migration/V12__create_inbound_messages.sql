-- Inbound SMS, stored raw before anything else happens (CHANNELS.md): one row per message of a
-- gateway ('twilio', or 'gateway:<name>'), unique by the gateway's message id, so a repeated
-- delivery finds the first row and answers its stored reply. The sender is kept only as the phone
-- blind index (NULL when the sender is not a phone number); the body only as AES-GCM ciphertext,
-- and only while the row is RECEIVED: it is erased once the message has been handled.
CREATE TABLE inbound_message (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    gateway          VARCHAR(60)     NOT NULL,
    external_id      VARCHAR(80)     NOT NULL,
    phone_index      VARBINARY(32)   NULL,
    body_ciphertext  VARBINARY(8192) NULL,
    status           VARCHAR(20)     NOT NULL,
    command          VARCHAR(40)     NULL,
    reply_text       VARCHAR(1600)   NULL,
    rating_id        BIGINT          NULL,
    received_at      DATETIME(6)     NOT NULL,
    handled_at       DATETIME(6)     NULL,
    created_at       DATETIME(6)     NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_inbound_message_external UNIQUE (gateway, external_id),
    CONSTRAINT fk_inbound_message_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT ck_inbound_message_status
        CHECK (status IN ('RECEIVED', 'PROCESSED', 'FAILED', 'RATE_LIMITED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the per-phone rate limit counts a phone's messages of the last hour
CREATE INDEX ix_inbound_message_phone_received ON inbound_message (phone_index, received_at);

-- The reply language a phone asked for with LANG, for phones not (or not only) known as a
-- survivor's. Keyed by the blind index: the number is not stored.
CREATE TABLE sms_phone_language (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    phone_index  VARBINARY(32) NOT NULL,
    language     VARCHAR(2)    NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sms_phone_language_phone UNIQUE (phone_index),
    CONSTRAINT ck_sms_phone_language CHECK (language IN ('en', 'hi', 'bn', 'te'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
