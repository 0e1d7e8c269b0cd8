-- Covers the filters and sort of a scores page (period, district, category, band, score, provider)
-- so PublishedScores chooses a page from this index alone and joins only the page's rows. Measured
-- at 10,000 providers (ScoringBenchmark data, ANALYZE on MariaDB 11.4), an admin's first page: 84-100
-- ms before; the page-first query ordered by provider code 31-34 ms without this index and 15-24 ms
-- with it; ordered by provider id, as PublishedScores does, 4-8 ms with it.
-- ix_score_snapshot_period_district (V5) is now a prefix of it; it is left in place so that this
-- migration only adds.
CREATE INDEX ix_score_snapshot_page
    ON score_snapshot (period, district_id, category_id, band, score, provider_id);
