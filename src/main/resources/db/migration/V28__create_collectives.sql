-- Issue 18: survivor collectives and their peer leaders. A collective works at one area level:
-- SITE (a gram panchayat or block), DISTRICT, REGIONAL or STATE; area_id is the gram panchayat or
-- block of a site, the district of a district collective, the state of a regional or state one.
-- district_id is the district of a site or district collective (NULL above), state_id the state
-- of every collective: both copied from the area at creation, so that scoping and the MIS need no
-- walk up the area tree. parent_id is the collective one level up (a site's is a district
-- collective, a district's a regional or state one, a regional's a state one), checked by
-- collective.CollectiveService; a collective may exist before its parent does, since networks grow
-- site by site. formed_on and closed_on date it, so that a closed quarter's counts do not change.
CREATE TABLE collective (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(160) NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    area_id      BIGINT       NOT NULL,
    district_id  BIGINT       NULL,
    state_id     BIGINT       NOT NULL,
    parent_id    BIGINT       NULL,
    formed_on    DATE         NOT NULL,
    closed_on    DATE         NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_collective_area_name UNIQUE (area_id, name),
    CONSTRAINT fk_collective_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_collective_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT fk_collective_state FOREIGN KEY (state_id) REFERENCES area (id),
    CONSTRAINT fk_collective_parent FOREIGN KEY (parent_id) REFERENCES collective (id),
    CONSTRAINT ck_collective_level CHECK (level IN ('SITE', 'DISTRICT', 'REGIONAL', 'STATE')),
    CONSTRAINT ck_collective_district
        CHECK ((level IN ('SITE', 'DISTRICT')) = (district_id IS NOT NULL)),
    CONSTRAINT ck_collective_closed CHECK (closed_on IS NULL OR closed_on >= formed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_collective_level_district ON collective (level, district_id);
CREATE INDEX ix_collective_parent ON collective (parent_id);

-- A survivor's membership: personal data, shown only as her survivor id (the service holds no
-- name) and only to admins and the field workers of her district. consented_at is when the field worker
-- recorded that she agreed to be a member; left_on ends the membership (a later one is a new
-- row). At most one open membership per collective and survivor (CollectiveService, under a lock
-- of the collective row).
CREATE TABLE collective_member (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    collective_id  BIGINT      NOT NULL,
    survivor_id    BIGINT      NOT NULL,
    consented_at   DATETIME(6) NOT NULL,
    joined_on      DATE        NOT NULL,
    left_on        DATE        NULL,
    recorded_by    VARCHAR(80) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_collective_member_collective FOREIGN KEY (collective_id) REFERENCES collective (id),
    CONSTRAINT fk_collective_member_survivor FOREIGN KEY (survivor_id) REFERENCES survivor (id),
    CONSTRAINT ck_collective_member_left CHECK (left_on IS NULL OR left_on >= joined_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_collective_member_collective ON collective_member (collective_id, left_on);
CREATE INDEX ix_collective_member_survivor ON collective_member (survivor_id);

-- The field workers who lead a collective (peer leaders: survivors themselves, with a field
-- worker's account).
CREATE TABLE collective_peer_leader (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    collective_id  BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_collective_peer_leader UNIQUE (collective_id, user_id),
    CONSTRAINT fk_collective_peer_leader_collective FOREIGN KEY (collective_id) REFERENCES collective (id),
    CONSTRAINT fk_collective_peer_leader_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_collective_peer_leader_user ON collective_peer_leader (user_id);

-- How she was identified, recorded at enrolment: through a collective and/or one of its peer
-- leaders (a peer leader named alone is recorded with the collective she leads in the survivor's
-- area). Both NULL for a survivor identified otherwise.
ALTER TABLE survivor
    ADD COLUMN identified_collective_id BIGINT NULL,
    ADD COLUMN identified_peer_leader_id BIGINT NULL,
    ADD CONSTRAINT fk_survivor_identified_collective
        FOREIGN KEY (identified_collective_id) REFERENCES collective (id),
    ADD CONSTRAINT fk_survivor_identified_peer_leader
        FOREIGN KEY (identified_peer_leader_id) REFERENCES app_user (id);

CREATE INDEX ix_survivor_identified_collective ON survivor (identified_collective_id, created_at);
