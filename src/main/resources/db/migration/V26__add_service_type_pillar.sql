-- Issue 18: every service type belongs to one of the four pillars (encounter.Pillar) that the
-- programmes report by. Seeded here; admins may move a service type to another pillar.
ALTER TABLE service_type ADD COLUMN pillar VARCHAR(12) NULL;

UPDATE service_type SET pillar = 'PREVENT'
    WHERE code IN ('CHILD_EDUCATION', 'SKILLS_JOB', 'SCHEME_ENROLMENT');
UPDATE service_type SET pillar = 'PROTECT'
    WHERE code IN ('MEDICAL_CARE', 'MENTAL_HEALTH');
UPDATE service_type SET pillar = 'REHABILITATE'
    WHERE code IN ('AADHAAR', 'RATION_CARD', 'BANK_ACCOUNT', 'PENSION', 'HOUSE_PATTA',
                   'VICTIM_COMPENSATION');
UPDATE service_type SET pillar = 'PROSECUTE'
    WHERE code IN ('FIR', 'INVESTIGATION', 'LEGAL_AID');
UPDATE service_type SET pillar = 'REHABILITATE' WHERE pillar IS NULL;

ALTER TABLE service_type MODIFY pillar VARCHAR(12) NOT NULL;
ALTER TABLE service_type ADD CONSTRAINT ck_service_type_pillar
    CHECK (pillar IN ('PREVENT', 'PROTECT', 'REHABILITATE', 'PROSECUTE'));
