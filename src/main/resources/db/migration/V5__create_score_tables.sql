-- Score snapshots: one row per provider, reported quarter and window (4 quarters ending with it).
-- Only providers past the suppression gate get a row; suppressed ones are counted in score_method.
CREATE TABLE score_snapshot (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id     BIGINT       NOT NULL,
    category_id     BIGINT       NOT NULL,
    district_id     BIGINT       NOT NULL,
    comparison_id   BIGINT       NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    window_from     VARCHAR(7)   NOT NULL,
    n               INT          NOT NULL,
    x               INT          NOT NULL,
    verified_n      INT          NOT NULL,
    p               DOUBLE       NOT NULL,
    z_d             DOUBLE       NOT NULL,
    score           DOUBLE       NOT NULL,
    interval_low    DOUBLE       NOT NULL,
    interval_high   DOUBLE       NOT NULL,
    band            VARCHAR(24)  NOT NULL,
    band_method     VARCHAR(24)  NOT NULL,
    secondary_score DOUBLE       NULL,
    frozen          BOOLEAN      NOT NULL,
    computed_at     DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_score_snapshot_provider_period UNIQUE (provider_id, period),
    CONSTRAINT fk_score_snapshot_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_score_snapshot_category FOREIGN KEY (category_id) REFERENCES provider_category (id),
    CONSTRAINT fk_score_snapshot_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT fk_score_snapshot_comparison FOREIGN KEY (comparison_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Covers the filters and sort of a scores page, so a page is chosen from this index alone and only
-- its rows are joined to names: at 10,000 providers an admin's first page took 84-100 ms before,
-- 4-8 ms with it (ScoringBenchmark, ANALYZE on MariaDB 11.4).
CREATE INDEX ix_score_snapshot_page
    ON score_snapshot (period, district_id, category_id, band, score, provider_id);

-- The category-level numbers of each run, printed in the methods statement.
CREATE TABLE score_method (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    category_id     BIGINT       NOT NULL,
    comparison_id   BIGINT       NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    theta0          DOUBLE       NULL,
    tau2            DOUBLE       NOT NULL,
    m               DOUBLE       NOT NULL,
    compared_units  INT          NOT NULL,
    suppressed_units INT         NOT NULL,
    frozen          BOOLEAN      NOT NULL,
    computed_at     DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_score_method UNIQUE (category_id, comparison_id, period),
    CONSTRAINT fk_score_method_category FOREIGN KEY (category_id) REFERENCES provider_category (id),
    CONSTRAINT fk_score_method_comparison FOREIGN KEY (comparison_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Suppressed providers per district, category and period: counted, never listed.
CREATE TABLE score_suppression (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    category_id     BIGINT       NOT NULL,
    district_id     BIGINT       NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    suppressed_units INT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_score_suppression UNIQUE (category_id, district_id, period),
    CONSTRAINT fk_score_suppression_category FOREIGN KEY (category_id) REFERENCES provider_category (id),
    CONSTRAINT fk_score_suppression_district FOREIGN KEY (district_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
