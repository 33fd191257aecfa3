-- The job seeker's e-portfolio (issue 8): entries per section, comments by staff, documents and the contact
-- details the job seeker chose to show on their CV. Personal data of the client; every access is logged.
CREATE TABLE portfolio_entry (
    id                UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL REFERENCES client (id),
    municipality_code VARCHAR(10)   NOT NULL,
    section           VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    place             VARCHAR(200)  NOT NULL,
    level             VARCHAR(20),
    skill_key         VARCHAR(300),
    from_date         DATE,
    to_date           DATE,
    diploma           BOOLEAN       NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    version           INTEGER       NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by        UUID          NOT NULL
);
CREATE INDEX portfolio_entry_of_client ON portfolio_entry (client_id);

-- A caseworker's or jobcoach's comment on the portfolio as a whole (entry_id null) or on one entry.
CREATE TABLE portfolio_comment (
    id                UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL REFERENCES client (id),
    municipality_code VARCHAR(10)   NOT NULL,
    entry_id          UUID,
    body              VARCHAR(2000) NOT NULL,
    author_id         UUID          NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_comment_of_client ON portfolio_comment (client_id);

-- Uploaded documents, kept in the database (ADR 0014): the sniffed type, size and SHA-256 beside the bytes;
-- the user's file name only for display, sanitised.
CREATE TABLE portfolio_document (
    id                UUID          PRIMARY KEY,
    client_id         UUID          NOT NULL REFERENCES client (id),
    municipality_code VARCHAR(10)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    display_name      VARCHAR(120)  NOT NULL,
    content_type      VARCHAR(40)   NOT NULL,
    size_bytes        INTEGER       NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    content           BYTEA         NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by       UUID          NOT NULL,
    uploaded_by_name  VARCHAR(200)  NOT NULL
);
CREATE INDEX portfolio_document_of_client ON portfolio_document (client_id);

-- What the job seeker chose to show on the CV besides their name.
CREATE TABLE portfolio_cv_contact (
    client_id         UUID          PRIMARY KEY REFERENCES client (id),
    email             VARCHAR(200)  NOT NULL,
    phone             VARCHAR(30)   NOT NULL,
    place             VARCHAR(100)  NOT NULL,
    version           INTEGER       NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
