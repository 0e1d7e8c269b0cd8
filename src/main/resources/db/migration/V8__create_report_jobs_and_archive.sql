-- Finished quarterly workbooks. The file lives in the archive folder (survivor-voice.report-archive.dir);
-- the row keeps what it is, who may read it and the SHA-256 of its bytes.
CREATE TABLE report_archive (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    period        VARCHAR(7)    NOT NULL,
    audience      VARCHAR(10)   NOT NULL,
    district_id   BIGINT        NULL,
    provisional   BOOLEAN       NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    generated_by  VARCHAR(80)   NOT NULL,
    generated_at  DATETIME(6)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_archive_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT uq_report_archive_file UNIQUE (file_name),
    CONSTRAINT ck_report_archive_audience CHECK (audience IN ('FUNDER', 'OFFICIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_report_archive_period ON report_archive (period, audience, district_id);

-- A request to produce one workbook, with its progress; answered by GET /api/v1/reports/jobs/{id}.
CREATE TABLE report_job (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    period        VARCHAR(7)    NOT NULL,
    audience      VARCHAR(10)   NOT NULL,
    district_id   BIGINT        NULL,
    provisional   BOOLEAN       NOT NULL,
    requested_by  VARCHAR(80)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    progress      INT           NOT NULL,
    report_id     BIGINT        NULL,
    failure       VARCHAR(200)  NULL,
    finished_at   DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_job_district FOREIGN KEY (district_id) REFERENCES area (id),
    CONSTRAINT fk_report_job_report FOREIGN KEY (report_id) REFERENCES report_archive (id),
    CONSTRAINT ck_report_job_audience CHECK (audience IN ('FUNDER', 'OFFICIAL')),
    CONSTRAINT ck_report_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_report_job_progress CHECK (progress BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_report_job_status ON report_job (status, updated_at);
