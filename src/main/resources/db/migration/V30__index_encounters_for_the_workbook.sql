-- Indexes for the quarterly workbook's reading (issue 19: a national workbook at a million ratings).
--
-- The Outcomes sheet asks, for each encounter of the quarter, when the survivor first sought that
-- service type (MIN(encounter_date) of her encounters of the type logged before the as-of instant).
-- With only ix_encounter_survivor, each of those look-ups read all her encounters; this index answers
-- it from its first entries without touching the rows. Its first column serves the survivor foreign
-- key and every look-up by survivor, so the single-column index it replaces goes.
CREATE INDEX ix_encounter_survivor_type
    ON encounter (survivor_id, service_type_id, encounter_date, created_at);
DROP INDEX ix_encounter_survivor ON encounter;

-- The Summary's count of the quarter's encounters, national or by district, from the index alone.
CREATE INDEX ix_encounter_date ON encounter (encounter_date);
