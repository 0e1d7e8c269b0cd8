-- Closing the loop (issue 16): what a district says it will change for a provider ("you said, we
-- did"), whether the survivors who rated the provider say it got better, and the provider's own
-- scores at an interface meeting.

-- A response of the district to a provider's results of one quarter: the quarter whose published
-- band (BELOW or SIGNIFICANTLY_BELOW) or deterioration alert it answers. district_id is the
-- provider's district when the response was recorded. recorded_at, done_at and dropped_at date it
-- and its status changes by the programme's clock, so that a workbook can report the state as of
-- the end of its quarter.
CREATE TABLE provider_response (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    district_id  BIGINT        NOT NULL,
    period       VARCHAR(7)    NOT NULL,
    theme        VARCHAR(16)   NOT NULL,
    action_text  VARCHAR(1000) NOT NULL,
    owner_role   VARCHAR(120)  NOT NULL,
    due_date     DATE          NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    drop_reason  VARCHAR(500)  NULL,
    recorded_by  VARCHAR(80)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    done_at      DATETIME(6)   NULL,
    dropped_at   DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_response_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_provider_response_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_provider_response_theme
        CHECK (theme IN ('DIGNITY', 'LISTENED', 'TIMELINESS', 'OUTCOME', 'MONEY_ASKED', 'OTHER')),
    CONSTRAINT ck_provider_response_status CHECK (status IN ('PLANNED', 'DONE', 'DROPPED')),
    CONSTRAINT ck_provider_response_done CHECK ((status = 'DONE') = (done_at IS NOT NULL)),
    CONSTRAINT ck_provider_response_dropped
        CHECK ((status = 'DROPPED') = (dropped_at IS NOT NULL AND drop_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_response_district_period ON provider_response (district_id, period);
CREATE INDEX ix_provider_response_provider_period ON provider_response (provider_id, period);

-- One neutral follow-up to one survivor who rated the provider, once its response is DONE:
-- "Has it got better? 1 yes, 2 a little, 3 no". answer is that digit once she replied.
CREATE TABLE response_follow_up (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    response_id  BIGINT        NOT NULL,
    survivor_id  BIGINT        NOT NULL,
    channel      VARCHAR(20)   NULL,
    language     VARCHAR(2)    NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    reason       VARCHAR(40)   NULL,
    not_before   DATETIME(6)   NULL,
    expires_at   DATETIME(6)   NOT NULL,
    sent_at      DATETIME(6)   NULL,
    answer       TINYINT       NULL,
    answered_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_response_follow_up UNIQUE (response_id, survivor_id),
    CONSTRAINT fk_response_follow_up_response FOREIGN KEY (response_id) REFERENCES provider_response (id),
    CONSTRAINT fk_response_follow_up_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_response_follow_up_answer CHECK (answer IS NULL OR answer BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_follow_up_survivor ON response_follow_up (survivor_id, status);

-- A provider's own scores on the survivors' five questions (1 to 5), recorded by a field worker
-- or admin at the interface meeting of a quarter; recording again replaces them.
CREATE TABLE self_assessment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    period       VARCHAR(7)    NOT NULL,
    overall      TINYINT       NULL,
    dignity      TINYINT       NULL,
    listened     TINYINT       NULL,
    timeliness   TINYINT       NULL,
    outcome      TINYINT       NULL,
    recorded_by  VARCHAR(80)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_self_assessment_provider_period UNIQUE (provider_id, period),
    CONSTRAINT fk_self_assessment_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_self_assessment_answers CHECK (
        (overall IS NULL OR overall BETWEEN 1 AND 5)
        AND (dignity IS NULL OR dignity BETWEEN 1 AND 5)
        AND (listened IS NULL OR listened BETWEEN 1 AND 5)
        AND (timeliness IS NULL OR timeliness BETWEEN 1 AND 5)
        AND (outcome IS NULL OR outcome BETWEEN 1 AND 5))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consent to the purpose "results": once a quarter, one neutral message with how her district's
-- services did. Nobody consented before it was asked.
ALTER TABLE survivor ADD COLUMN consent_results BOOLEAN NOT NULL DEFAULT FALSE;
