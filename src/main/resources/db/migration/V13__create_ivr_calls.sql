-- One row per incoming IVR call, keyed by Twilio's CallSid: the step it is at, what was answered,
-- and a version raised by every accepted input, so a replayed webhook changes nothing. The caller
-- is kept only as the phone blind index; a recorded comment only as Twilio's RecordingSid.
CREATE TABLE ivr_call (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    call_sid       VARCHAR(64)   NOT NULL,
    phone_index    VARBINARY(32) NULL,
    step           VARCHAR(20)   NOT NULL,
    version        INT           NOT NULL,
    retries        INT           NOT NULL,
    notice         VARCHAR(30)   NOT NULL,
    language       VARCHAR(2)    NULL,
    provider_code  VARCHAR(12)   NULL,
    overall        TINYINT       NULL,
    dignity        TINYINT       NULL,
    listened       TINYINT       NULL,
    timeliness     TINYINT       NULL,
    outcome        TINYINT       NULL,
    money_asked    BOOLEAN       NULL,
    rating_id      BIGINT        NULL,
    recording_sid  VARCHAR(64)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ivr_call_sid UNIQUE (call_sid),
    CONSTRAINT fk_ivr_call_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT ck_ivr_call_language CHECK (language IN ('en', 'hi', 'bn', 'te'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
