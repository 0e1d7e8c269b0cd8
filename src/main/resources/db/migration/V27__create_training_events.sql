-- Issue 18: a training or sensitisation event for providers' staff, recorded by an admin, and the
-- providers whose staff attended with how many of them. The training effect compares the
-- attending providers' ratings in the two quarters before the quarter of held_on and the two
-- after it with those of untrained providers of the same categories and comparison area.
CREATE TABLE training_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    held_on      DATE         NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    organiser    VARCHAR(200) NOT NULL,
    pillar       VARCHAR(12)  NOT NULL,
    recorded_by  VARCHAR(80)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_training_event_pillar
        CHECK (pillar IN ('PREVENT', 'PROTECT', 'REHABILITATE', 'PROSECUTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_event_held_on ON training_event (held_on);

CREATE TABLE training_attendance (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    training_id  BIGINT      NOT NULL,
    provider_id  BIGINT      NOT NULL,
    staff_count  INT         NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_training_attendance UNIQUE (training_id, provider_id),
    CONSTRAINT fk_training_attendance_event FOREIGN KEY (training_id) REFERENCES training_event (id),
    CONSTRAINT fk_training_attendance_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_training_attendance_staff CHECK (staff_count BETWEEN 1 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_attendance_provider ON training_attendance (provider_id, training_id);
