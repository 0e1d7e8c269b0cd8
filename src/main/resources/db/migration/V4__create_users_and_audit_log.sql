-- Staff accounts: bcrypt (modular crypt format) passwords; officials are bound to one district.
CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(80)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    district_id    BIGINT       NULL,
    active         BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'fieldworker', 'official', 'funder')),
    CONSTRAINT ck_app_user_official_district CHECK (role <> 'official' OR district_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit of reads of survivor data, report downloads and other sensitive actions.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(80)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    object_type  VARCHAR(40)  NOT NULL,
    object_id    VARCHAR(64)  NULL,
    detail       VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);

-- The database itself refuses to change or remove audit rows, whatever the application does.
CREATE TRIGGER trg_audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER trg_audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
