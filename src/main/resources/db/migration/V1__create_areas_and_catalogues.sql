-- Administrative hierarchy: state > district > block > gram panchayat, one table.
CREATE TABLE area (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id),
    CONSTRAINT uq_area_parent_name UNIQUE (parent_id, name),
    CONSTRAINT ck_area_level CHECK (level IN ('STATE', 'DISTRICT', 'BLOCK', 'GRAM_PANCHAYAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_area_level ON area (level, name);

-- Provider categories: data, seeded, admins may add more.
CREATE TABLE provider_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_provider_category_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO provider_category (code, name, created_at, updated_at) VALUES
    ('POLICE', 'Police station or anti-human-trafficking unit', NOW(6), NOW(6)),
    ('PANCHAYAT', 'Gram panchayat', NOW(6), NOW(6)),
    ('BLOCK_OFFICE', 'Block development office', NOW(6), NOW(6)),
    ('HOSPITAL', 'Hospital', NOW(6), NOW(6)),
    ('HEALTH_WORKER', 'Health worker', NOW(6), NOW(6)),
    ('SOCIAL_WORKER', 'Social worker', NOW(6), NOW(6)),
    ('LEGAL_AID', 'Legal-aid authority or lawyer', NOW(6), NOW(6)),
    ('CHILD_WELFARE_COMMITTEE', 'Child welfare committee', NOW(6), NOW(6));

-- Service types: the entitlements the programme tracks; data, seeded, admins may add more.
CREATE TABLE service_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_service_type_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service_type (code, name, created_at, updated_at) VALUES
    ('FIR', 'FIR registration', NOW(6), NOW(6)),
    ('INVESTIGATION', 'Investigation and statement', NOW(6), NOW(6)),
    ('MEDICAL_CARE', 'Medical care', NOW(6), NOW(6)),
    ('MENTAL_HEALTH', 'Mental-health counselling', NOW(6), NOW(6)),
    ('LEGAL_AID', 'Legal aid', NOW(6), NOW(6)),
    ('VICTIM_COMPENSATION', 'Victim compensation', NOW(6), NOW(6)),
    ('AADHAAR', 'Aadhaar', NOW(6), NOW(6)),
    ('RATION_CARD', 'Ration card', NOW(6), NOW(6)),
    ('BANK_ACCOUNT', 'Bank account', NOW(6), NOW(6)),
    ('PENSION', 'Pension', NOW(6), NOW(6)),
    ('HOUSE_PATTA', 'House patta', NOW(6), NOW(6)),
    ('SCHEME_ENROLMENT', 'Scheme enrolment', NOW(6), NOW(6)),
    ('CHILD_EDUCATION', 'Children''s education', NOW(6), NOW(6)),
    ('SKILLS_JOB', 'Skills and job placement', NOW(6), NOW(6));
