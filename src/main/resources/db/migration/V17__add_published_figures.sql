-- Published figures of each snapshot (design/SCORING.md, "Published precision" and "Release
-- increments"): every output reads these, never the exact columns, which stay for scoring itself
-- and for admins' audited precision=exact. Snapshots are derived data: the ones stored before this
-- migration lack published figures and are removed, so that report jobs and the scoring schedule
-- compute them again (their exact figures come out the same from the same ratings).
DELETE FROM score_snapshot;
DELETE FROM score_method;
DELETE FROM score_suppression;

ALTER TABLE score_snapshot
    ADD COLUMN entered                  INT          NOT NULL DEFAULT 0,
    ADD COLUMN published_ratings_low    INT          NOT NULL,
    ADD COLUMN published_band           VARCHAR(24)  NOT NULL,
    ADD COLUMN published_score          DOUBLE       NOT NULL,
    ADD COLUMN published_low            DOUBLE       NOT NULL,
    ADD COLUMN published_high           DOUBLE       NOT NULL,
    ADD COLUMN published_verified_share DOUBLE       NOT NULL,
    ADD COLUMN published_funnel_n       INT          NOT NULL,
    ADD COLUMN published_funnel_p       DOUBLE       NOT NULL,
    ADD COLUMN published_candidates     INT          NOT NULL,
    ADD COLUMN published_since          VARCHAR(7)   NOT NULL,
    ADD COLUMN entered_since_change     INT          NOT NULL DEFAULT 0;

-- Pages of the scores API are chosen and ordered by what is published.
DROP INDEX ix_score_snapshot_page ON score_snapshot;
CREATE INDEX ix_score_snapshot_page
    ON score_snapshot (period, district_id, category_id, published_band, published_score,
                       provider_id);
