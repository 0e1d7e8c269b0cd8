-- A survivor sought a service from a provider; the outcome feeds the MIS indicators.
CREATE TABLE encounter (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    survivor_id         BIGINT       NOT NULL,
    provider_id         BIGINT       NOT NULL,
    service_type_id     BIGINT       NOT NULL,
    district_id         BIGINT       NOT NULL,
    encounter_date      DATE         NOT NULL,
    outcome             VARCHAR(10)  NOT NULL,
    outcome_changed_at  DATETIME(6)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_encounter_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT fk_encounter_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_encounter_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id),
    CONSTRAINT fk_encounter_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_encounter_outcome CHECK (outcome IN ('RECEIVED', 'PENDING', 'DENIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_encounter_survivor ON encounter (survivor_id);
CREATE INDEX ix_encounter_provider ON encounter (provider_id, encounter_date);
CREATE INDEX ix_encounter_district_date ON encounter (district_id, encounter_date);

-- One row per rating with its answers (1-5 each, any subset). encounter_id is unique: one rating
-- per encounter whichever channel it came through. period is the quarter (e.g. 2026-Q3) of
-- rated_at in the programme's time zone, stored for fast aggregation.
CREATE TABLE rating (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id   BIGINT        NOT NULL,
    encounter_id  BIGINT        NULL,
    survivor_id   BIGINT        NULL,
    rater_key     VARCHAR(80)   NOT NULL,
    channel       VARCHAR(10)   NOT NULL,
    language      VARCHAR(2)    NOT NULL,
    verified      BOOLEAN       NOT NULL,
    period        VARCHAR(7)    NOT NULL,
    rated_at      DATETIME(6)   NOT NULL,
    overall       TINYINT       NULL,
    dignity       TINYINT       NULL,
    listened      TINYINT       NULL,
    timeliness    TINYINT       NULL,
    outcome       TINYINT       NULL,
    money_asked   BOOLEAN       NULL,
    comment       VARCHAR(2000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rating_encounter UNIQUE (encounter_id),
    CONSTRAINT fk_rating_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_rating_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_rating_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_rating_channel CHECK (channel IN ('WEB', 'SMS', 'IVR', 'ASSISTED', 'PAPER')),
    CONSTRAINT ck_rating_language CHECK (language IN ('en', 'hi', 'bn', 'te')),
    CONSTRAINT ck_rating_overall CHECK (overall BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_dignity CHECK (dignity BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_listened CHECK (listened BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_timeliness CHECK (timeliness BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_outcome CHECK (outcome BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- covers the scoring aggregate: per period and provider, count and satisfied count
CREATE INDEX ix_rating_period_provider ON rating (period, provider_id, overall, survivor_id);
CREATE INDEX ix_rating_provider_rated_at ON rating (provider_id, rated_at);
CREATE INDEX ix_rating_survivor ON rating (survivor_id);
