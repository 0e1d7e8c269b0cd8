-- Vault key rotation (issue 19, deploy/key-rotation.md). The service is started with new vault keys
-- and the previous ones; an admin starts the rotation, which rewrites every phone ciphertext, sealed
-- text and blind index under the new keys in short batches, recording where it stands here, so a
-- killed rotation continues where it stopped and replicas never do a batch twice.

-- An opt-out keeps its number's ciphertext from now on, so that a later rotation can compute the
-- new index of an opted-out number that no other row knows. Legacy entries have none: the rotation
-- fills it in from any row that knows the number, and counts the entries it cannot.
ALTER TABLE do_not_contact ADD COLUMN phone_ciphertext VARBINARY(128) NULL AFTER phone_index;

-- One rotation per set of keys, named by the keys' public ids (PhoneVault.KeyIds: four bytes of a
-- keyed MAC of a constant, never the keys); '' where a previous key is not given. The rotation
-- walks the steps in order, each by ascending id from cursor_id, and repeats the whole walk (a new
-- pass) until a pass rewrites nothing, which catches rows a concurrent writer put back under an old
-- key. The row is locked (FOR UPDATE) by every batch: that is what serialises replicas.
CREATE TABLE vault_rotation (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    encryption_key_id           CHAR(8)      NOT NULL,
    index_key_id                CHAR(8)      NOT NULL,
    previous_encryption_key_id  VARCHAR(8)   NOT NULL,
    previous_index_key_id       VARCHAR(8)   NOT NULL,
    pass                        INT          NOT NULL,
    step                        VARCHAR(40)  NOT NULL,
    cursor_id                   BIGINT       NOT NULL,
    rewritten_in_pass           BIGINT       NOT NULL,
    batches                     BIGINT       NOT NULL,
    started_at                  DATETIME(6)  NOT NULL,
    finished_at                 DATETIME(6)  NULL,
    created_at                  DATETIME(6)  NOT NULL,
    updated_at                  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vault_rotation_keys UNIQUE (encryption_key_id, index_key_id,
        previous_encryption_key_id, previous_index_key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counts per rotation, pass and step: rows rewritten, index-only rows whose number no row knows
-- (left under the previous index key), and values no held key opens. Counts only.
CREATE TABLE vault_rotation_count (
    rotation_id  BIGINT       NOT NULL,
    pass         INT          NOT NULL,
    step         VARCHAR(40)  NOT NULL,
    rewritten    BIGINT       NOT NULL,
    unmapped     BIGINT       NOT NULL,
    unreadable   BIGINT       NOT NULL,
    PRIMARY KEY (rotation_id, pass, step),
    CONSTRAINT fk_vault_rotation_count FOREIGN KEY (rotation_id) REFERENCES vault_rotation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- While a rotation runs: the previous index of every number a row knows (survivors, safety cases,
-- opt-outs with a ciphertext) with its current index and a current ciphertext, so rows that hold
-- only an index (opt-outs without a number, languages, conversations, calls, messages, rater keys)
-- are moved to the new index by a join. Emptied when the rotation finishes.
CREATE TABLE vault_index_pair (
    previous_index    VARBINARY(32)  NOT NULL,
    current_index     VARBINARY(32)  NOT NULL,
    phone_ciphertext  VARBINARY(128) NOT NULL,
    rotation_id       BIGINT         NOT NULL,
    PRIMARY KEY (previous_index),
    CONSTRAINT fk_vault_index_pair_rotation FOREIGN KEY (rotation_id) REFERENCES vault_rotation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_vault_index_pair_current ON vault_index_pair (current_index);
