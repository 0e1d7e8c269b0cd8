-- Retention (SAFETY.md D3). A survivor who left the programme is marked EXITED with the time
-- (rows marked EXITED before this column existed count from their updated_at);
-- a time after her last open invitation ends (survivor-voice.retention.contact-days) the purge
-- removes her phone ciphertext, blind index and IVR PIN hash and records when. The columns become
-- nullable for that; the blind indexes of a purged number go from the SMS and IVR logs too, so
-- sms_conversation.phone_index becomes nullable like the others. do_not_contact keeps its index:
-- a number that asked not to be contacted stays blocked.
ALTER TABLE survivor
    MODIFY COLUMN phone_ciphertext VARBINARY(128) NULL,
    MODIFY COLUMN phone_index      VARBINARY(32)  NULL,
    ADD COLUMN exited_at           DATETIME(6)    NULL,
    ADD COLUMN contact_purged_at   DATETIME(6)    NULL,
    ADD CONSTRAINT ck_survivor_contact
        CHECK (contact_purged_at IS NOT NULL OR (phone_ciphertext IS NOT NULL AND phone_index IS NOT NULL));

-- the purge's look-up: exited survivors whose contact data is still held
CREATE INDEX ix_survivor_exited ON survivor (status, contact_purged_at, exited_at);

ALTER TABLE sms_conversation
    MODIFY COLUMN phone_index VARBINARY(32) NULL;

-- the comment purge's look-up: old ratings that still hold a comment
CREATE INDEX ix_rating_rated_at ON rating (rated_at);
