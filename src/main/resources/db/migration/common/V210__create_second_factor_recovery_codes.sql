-- Recovery codes for the second factor (issue 10, ADR 0020): ten single-use codes shown once when the factor is set
-- up, for signing in without the phone. Only a keyed hash (HMAC-SHA256 with a key derived from the master key) is
-- stored; used_at is set in one atomic update, so a code works once.
CREATE TABLE user_recovery_code (
    user_id     UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash   VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, code_hash)
);
