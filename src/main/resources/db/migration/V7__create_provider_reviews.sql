-- An admin's field verification of a flagged provider. A provider is named laggard or good
-- practice only with a verified review (and two windows of evidence); the latest review counts.
CREATE TABLE provider_review (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT        NOT NULL,
    period       VARCHAR(7)    NOT NULL,
    label        VARCHAR(16)   NOT NULL,
    verified     BOOLEAN       NOT NULL,
    note         VARCHAR(1000) NULL,
    reviewer     VARCHAR(80)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_provider_review_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_provider_review_label CHECK (label IN ('LAGGARD', 'GOOD_PRACTICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_review_provider_period ON provider_review (provider_id, period, label);
