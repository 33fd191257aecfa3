-- Local accounts. client_id links a JOB_SEEKER account to its own file (owned by the client module);
-- economic_affairs marks an ACCOUNT_MANAGER of Economische Zaken (EZ) rather than Werk & Inkomen.
CREATE TABLE app_user (
    id                    UUID         PRIMARY KEY,
    username              VARCHAR(100) NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(200) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts       INTEGER      NOT NULL DEFAULT 0,
    locked_until          TIMESTAMP WITH TIME ZONE,
    last_sign_in_at       TIMESTAMP WITH TIME ZONE,
    client_id             UUID,
    economic_affairs      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_unique UNIQUE (username)
);

-- A role holds for one municipality; a user may hold several roles for several municipalities.
CREATE TABLE user_role (
    user_id            UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role               VARCHAR(30) NOT NULL,
    municipality_code  VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (user_id, role, municipality_code)
);
CREATE INDEX user_role_municipality ON user_role (municipality_code, role);
