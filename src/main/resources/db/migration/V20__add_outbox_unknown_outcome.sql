-- SAFETY F4: when an attempt's outcome was lost (a timeout after the gateway may have accepted the
-- message), the start of that attempt, so that the next attempt first asks the gateway whether a
-- message went out since then instead of sending a second copy
ALTER TABLE outbox_message ADD COLUMN unknown_outcome_since DATETIME(6) NULL;
