-- Response rates for the MIS: per provider, channel and quarter of the first send, invitations
-- sent and answered. Answered means a rating tied to the invitation's encounter exists; an
-- invitation superseded by a later one for the same encounter (a new outcome) counts as sent, and
-- the answer is credited to the invitation that replaced it.
CREATE VIEW outreach_response_rate AS
SELECT i.provider_id                                              AS provider_id,
       i.district_id                                              AS district_id,
       i.channel                                                  AS channel,
       i.sent_period                                              AS period,
       COUNT(*)                                                   AS invitations_sent,
       SUM(CASE WHEN r.id IS NOT NULL AND i.status <> 'SUPERSEDED' THEN 1 ELSE 0 END)
                                                                  AS invitations_answered
FROM invitation i
LEFT JOIN rating r ON r.encounter_id = i.encounter_id
WHERE i.sent_at IS NOT NULL
GROUP BY i.provider_id, i.district_id, i.channel, i.sent_period;
