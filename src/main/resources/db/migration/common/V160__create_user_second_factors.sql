-- A staff account's second factor (TOTP, RFC 6238). The secret is AES-GCM encrypted with a key derived from the
-- master key (never readable in a dump). Unconfirmed until the user entered a first code; last_used_step is the
-- newest 30-second step a code was accepted for, so a code cannot be used twice.
CREATE TABLE user_second_factor (
    user_id         UUID         PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    secret          VARCHAR(200) NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    last_used_step  BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
