-- Deterioration alerts (design/SCORING.md): one row each time a provider's Bernoulli CUSUM on
-- dissatisfaction crossed its threshold. Internal: officials of the district and admins only.
-- category_id and district_id are the provider's when the alert fired. period is the quarter of
-- the rating at which the CUSUM crossed, fired_at its rated_at (UTC).
CREATE TABLE score_alert (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT       NOT NULL,
    category_id  BIGINT       NOT NULL,
    district_id  BIGINT       NOT NULL,
    period       VARCHAR(7)   NOT NULL,
    rating_id    BIGINT       NOT NULL,
    fired_at     DATETIME(6)  NOT NULL,
    statistic    DOUBLE       NOT NULL,
    threshold    DOUBLE       NOT NULL,
    p0           DOUBLE       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_score_alert_provider_rating UNIQUE (provider_id, rating_id),
    CONSTRAINT fk_score_alert_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_score_alert_category FOREIGN KEY (category_id) REFERENCES provider_category (id),
    CONSTRAINT fk_score_alert_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT fk_score_alert_rating FOREIGN KEY (rating_id) REFERENCES rating (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the alerts list: newest first, within a district or across all of them
CREATE INDEX ix_score_alert_district_fired ON score_alert (district_id, fired_at);
CREATE INDEX ix_score_alert_fired ON score_alert (fired_at);

-- Where each provider's CUSUM stands, so that a run continues from the last rating it processed
-- (ordered by rated_at, then id) instead of replaying the provider's history.
CREATE TABLE score_cusum_state (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id     BIGINT       NOT NULL,
    statistic       DOUBLE       NOT NULL,
    last_rating_id  BIGINT       NOT NULL,
    last_rated_at   DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_score_cusum_state_provider UNIQUE (provider_id),
    CONSTRAINT fk_score_cusum_state_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_score_cusum_state_statistic CHECK (statistic >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
