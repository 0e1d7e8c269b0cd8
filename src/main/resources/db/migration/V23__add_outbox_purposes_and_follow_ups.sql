-- Outbox purposes (issue 16): an outbound contact that is not an invitation (a follow-up of a
-- response, a quarter's results) goes through the same outbox, claims, back-off, breaker, look-up
-- before retry and status callbacks. Such a message has no invitation; subject_id is the id of
-- the row its purpose owns (response_follow_up.id for FOLLOW_UP), which the purpose re-checks at
-- send time. Invitation kinds always have an invitation, the others always a subject.
ALTER TABLE outbox_message
    MODIFY COLUMN invitation_id BIGINT NULL,
    ADD COLUMN subject_id BIGINT NULL,
    DROP CONSTRAINT ck_outbox_message_kind;

ALTER TABLE outbox_message
    ADD CONSTRAINT ck_outbox_message_kind
        CHECK (kind IN ('INVITATION', 'REMINDER', 'FOLLOW_UP', 'RESULTS')),
    ADD CONSTRAINT ck_outbox_message_subject
        CHECK ((kind IN ('INVITATION', 'REMINDER')) = (invitation_id IS NOT NULL)
           AND (invitation_id IS NULL) = (subject_id IS NOT NULL));

-- a purpose cancels what its subject still has queued
CREATE INDEX ix_outbox_message_subject ON outbox_message (kind, subject_id);

-- A follow-up by SMS is a conversation like an invitation's, keyed to the follow-up, so that one
-- rule (her most recently opened conversation) says what a reply answers; its question is CHANGE
-- ("has it got better?"). No new phone index: phone_index is the one the retention purge clears.
ALTER TABLE sms_conversation
    MODIFY COLUMN invitation_id BIGINT NULL,
    MODIFY COLUMN encounter_id BIGINT NULL,
    ADD COLUMN follow_up_id BIGINT NULL,
    DROP CONSTRAINT ck_sms_conversation_question;

ALTER TABLE sms_conversation
    ADD CONSTRAINT uq_sms_conversation_follow_up UNIQUE (follow_up_id),
    ADD CONSTRAINT fk_sms_conversation_follow_up
        FOREIGN KEY (follow_up_id) REFERENCES response_follow_up (id),
    ADD CONSTRAINT ck_sms_conversation_question
        CHECK (question IN ('OVERALL', 'DIGNITY', 'MONEY', 'CHANGE', 'DONE')),
    ADD CONSTRAINT ck_sms_conversation_subject
        CHECK ((invitation_id IS NULL) <> (follow_up_id IS NULL)
           AND (invitation_id IS NULL) = (encounter_id IS NULL));

-- A follow-up by IVR is an outbound call like an invitation's, found by its CallSid.
ALTER TABLE call_request
    MODIFY COLUMN invitation_id BIGINT NULL,
    MODIFY COLUMN encounter_id BIGINT NULL,
    ADD COLUMN follow_up_id BIGINT NULL;

ALTER TABLE call_request
    ADD CONSTRAINT fk_call_request_follow_up
        FOREIGN KEY (follow_up_id) REFERENCES response_follow_up (id),
    ADD CONSTRAINT ck_call_request_subject
        CHECK ((invitation_id IS NULL) <> (follow_up_id IS NULL)
           AND (invitation_id IS NULL) = (encounter_id IS NULL));

-- the follow-ups' states; the sweep's look-up of those whose validity ran out
ALTER TABLE response_follow_up
    ADD CONSTRAINT ck_response_follow_up_channel
        CHECK (channel IS NULL OR channel IN ('SMS_CONVERSATION', 'IVR_CALL')),
    ADD CONSTRAINT ck_response_follow_up_status
        CHECK (status IN ('WAITING', 'QUEUED', 'SENT', 'ANSWERED', 'EXPIRED', 'SKIPPED', 'CANCELLED')),
    ADD CONSTRAINT ck_response_follow_up_answered
        CHECK ((answer IS NULL) = (answered_at IS NULL));

CREATE INDEX ix_response_follow_up_status_expires ON response_follow_up (status, expires_at);
