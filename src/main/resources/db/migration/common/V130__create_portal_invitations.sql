-- A caseworker invites a job seeker to the portal with a one-time code (only its SHA-256 is kept). The job seeker
-- activates it within its validity, choosing a username and password; a new invitation supersedes the open one.
CREATE TABLE portal_invitation (
    id                 UUID        PRIMARY KEY,
    client_id          UUID        NOT NULL,
    municipality_code  VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    display_name       VARCHAR(200) NOT NULL,
    code_hash          VARCHAR(64) NOT NULL,
    invited_by         UUID        NOT NULL REFERENCES app_user (id),
    invited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_how         VARCHAR(20),
    user_id            UUID        REFERENCES app_user (id),
    CONSTRAINT portal_invitation_code_unique UNIQUE (code_hash)
);
CREATE INDEX portal_invitation_client ON portal_invitation (client_id, invited_at);
CREATE UNIQUE INDEX app_user_client ON app_user (client_id);
