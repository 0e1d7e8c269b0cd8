-- Service providers and duty bearers. district_id is the district above area_id, kept for scoping.
CREATE TABLE provider (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(12)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    category_id  BIGINT       NOT NULL,
    area_id      BIGINT       NOT NULL,
    district_id  BIGINT       NOT NULL,
    languages    VARCHAR(40)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_provider_code UNIQUE (code),
    CONSTRAINT fk_provider_category FOREIGN KEY (category_id) REFERENCES provider_category (id),
    CONSTRAINT fk_provider_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_provider_district FOREIGN KEY (district_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_provider_district_category ON provider (district_id, category_id, name);
CREATE INDEX ix_provider_name ON provider (name);

-- Pseudonymous survivors. The phone is stored only as AES-GCM ciphertext plus an HMAC-SHA256
-- blind index (not unique: survivors share handsets). The IVR PIN is a bcrypt hash.
CREATE TABLE survivor (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    phone_ciphertext    VARBINARY(128) NOT NULL,
    phone_index         VARBINARY(32) NOT NULL,
    language            VARCHAR(2)    NOT NULL,
    area_id             BIGINT        NOT NULL,
    district_id         BIGINT        NOT NULL,
    consent_sms         BOOLEAN       NOT NULL,
    consent_ivr         BOOLEAN       NOT NULL,
    consent_web_link    BOOLEAN       NOT NULL,
    consent_reporting   BOOLEAN       NOT NULL,
    consent_changed_at  DATETIME(6)   NOT NULL,
    safe_from           TIME          NOT NULL,
    safe_to             TIME          NOT NULL,
    time_zone           VARCHAR(40)   NOT NULL,
    ivr_pin_hash        VARCHAR(72)   NULL,
    status              VARCHAR(20)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_survivor_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_survivor_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_survivor_language CHECK (language IN ('en', 'hi', 'bn', 'te')),
    CONSTRAINT ck_survivor_status CHECK (status IN ('ENROLLED', 'EXITED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survivor_phone_index ON survivor (phone_index);
CREATE INDEX ix_survivor_district ON survivor (district_id);

-- Cross-channel do-not-contact registry, keyed by the phone blind index.
CREATE TABLE do_not_contact (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    phone_index  VARBINARY(32) NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_do_not_contact_phone UNIQUE (phone_index)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
