-- Who is told by e-mail when something needs them: everyone who has signed in to the console, with the
-- roles and agency of their last sign-in (need to know is checked against those), until they opt out.
CREATE TABLE notice_recipient (
    person      text PRIMARY KEY,
    email       text        NOT NULL,
    roles       jsonb       NOT NULL,
    agency      text,
    language    text        NOT NULL,
    wanted      boolean     NOT NULL DEFAULT true,
    enrolled_at timestamptz NOT NULL,
    seen_at     timestamptz NOT NULL
);

-- A notice is written in the transaction of what it tells, and mailed afterwards: nothing that needs
-- someone is lost to a crash between the two. It names the request, never its content.
CREATE TABLE notice (
    id          uuid PRIMARY KEY,
    person      text        NOT NULL REFERENCES notice_recipient (person),
    kind        text        NOT NULL,
    request_id  uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text
);
CREATE INDEX notice_unsent ON notice (created_at) WHERE sent_at IS NULL;
