-- Request counts in fixed windows, shared by every replica (SAFETY A3, V4): failed logins per user
-- name, survivor page requests per client address and per invitation link. A key is stored only as
-- an HMAC-SHA256 (key_hash), never as the address, user name or token itself. Times are epoch
-- seconds; a row is deleted once expires_at has passed (common.web.RequestWindows).
CREATE TABLE request_window (
    purpose      VARCHAR(16) NOT NULL,
    key_hash     BINARY(32)  NOT NULL,
    window_start BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (purpose, key_hash, window_start),
    KEY request_window_expiry (expires_at)
) ENGINE = InnoDB;
