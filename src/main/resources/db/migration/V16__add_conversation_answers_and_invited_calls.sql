-- Answers of an invitation's SMS conversation (design/CHANNELS.md "SMS"), saved as each arrives:
-- question is the one her next reply answers (OVERALL -> DIGNITY -> MONEY -> DONE). rating_id is
-- the rating stored from them, when she answered the last question, when the conversation expired
-- or when she sent STOP, whichever came first; a conversation ended without answers has none.
ALTER TABLE sms_conversation
    ADD COLUMN question    VARCHAR(10) NOT NULL DEFAULT 'OVERALL',
    ADD COLUMN overall     TINYINT     NULL,
    ADD COLUMN dignity     TINYINT     NULL,
    ADD COLUMN money_asked BOOLEAN     NULL,
    ADD COLUMN rating_id   BIGINT      NULL,
    ADD CONSTRAINT fk_sms_conversation_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    ADD CONSTRAINT ck_sms_conversation_question
        CHECK (question IN ('OVERALL', 'DIGNITY', 'MONEY', 'DONE')),
    ADD CONSTRAINT ck_sms_conversation_answers
        CHECK ((overall IS NULL OR overall BETWEEN 1 AND 5)
           AND (dignity IS NULL OR dignity BETWEEN 1 AND 5));

-- An IVR call the outbox placed for an invitation (design/CHANNELS.md "IVR", outbound): the call
-- request it answers, so its rating is tied to the invitation's encounter. Null for incoming calls.
ALTER TABLE ivr_call
    ADD COLUMN call_request_id BIGINT NULL,
    ADD CONSTRAINT fk_ivr_call_call_request FOREIGN KEY (call_request_id) REFERENCES call_request (id);
