-- Each country's profile (what its law says that requests to it must reckon with), one row per
-- version: a change adds a version, nothing is overwritten. Illustrative until the country confirms it.
CREATE TABLE country_profile_version (
    country      char(2)     NOT NULL,
    version      integer     NOT NULL,
    profile      jsonb       NOT NULL,
    illustrative boolean     NOT NULL,
    changed_by   text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    PRIMARY KEY (country, version)
);

-- Append-only: drafting reckoned with each version, so none is changed or removed afterwards.
revoke update, delete, truncate on country_profile_version from ${serviceRole};
