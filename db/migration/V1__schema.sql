-- The reference schema. Content is read-only for the app: it changes only through migrations.
-- Offsets are 0-based character positions into source.body, end exclusive.

CREATE FUNCTION is_slug(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN candidate ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(candidate) <= 120;

CREATE TABLE source (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL CHECK (is_slug(slug)) UNIQUE,
    file_name    text NOT NULL UNIQUE,
    headline     text NOT NULL,
    standfirst   text NOT NULL,
    published_on date NOT NULL,
    body         text NOT NULL,
    sha256       text NOT NULL,
    -- The stored text must be exactly the file it was loaded from.
    CONSTRAINT source_body_matches_sha256 CHECK (sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex'))
);

CREATE TABLE item (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     integer NOT NULL REFERENCES source,
    position      integer NOT NULL CHECK (position > 0),
    slug text NOT NULL CHECK (is_slug(slug)) UNIQUE,
    heading       text NOT NULL,
    heading_start integer NOT NULL,
    span_start    integer NOT NULL CHECK (span_start >= 0),
    span_end      integer NOT NULL CHECK (span_end > span_start),
    UNIQUE (source_id, position)
);

CREATE TABLE actor (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL CHECK (is_slug(slug)) UNIQUE,
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('person', 'organisation', 'state', 'publication')),
    description text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE topic (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL CHECK (is_slug(slug)) UNIQUE,
    name        text NOT NULL UNIQUE,
    description text NOT NULL
);

CREATE TABLE claim (
    id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL CHECK (is_slug(slug)) UNIQUE,
    item_id            integer NOT NULL REFERENCES item,
    actor_id           integer NOT NULL REFERENCES actor,
    kind               text NOT NULL CHECK (kind IN ('figure', 'assertion', 'plan', 'hope', 'call', 'event', 'characterisation')),
    summary            text NOT NULL,
    quote              text NOT NULL,
    quote_start        integer NOT NULL CHECK (quote_start >= 0),
    quote_end          integer NOT NULL CHECK (quote_end > quote_start),
    direct_quote       boolean NOT NULL DEFAULT false,
    said_on            date NOT NULL,
    said_on_precision  text NOT NULL CHECK (said_on_precision IN ('day', 'month', 'year', 'approximate', 'on-or-before')),
    said_on_phrase     text,
    -- Set when the date is not stated as such: says what it was resolved from.
    said_on_inference  text,
    via                text,
    CHECK (said_on_phrase IS NOT NULL OR said_on_inference IS NOT NULL)
);
CREATE INDEX claim_item_idx ON claim (item_id, quote_start);
CREATE INDEX claim_actor_idx ON claim (actor_id);

CREATE TABLE claim_topic (
    claim_id integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    topic_id integer NOT NULL REFERENCES topic,
    PRIMARY KEY (claim_id, topic_id)
);
CREATE INDEX claim_topic_topic_idx ON claim_topic (topic_id, claim_id);

CREATE TABLE figure (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id        integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    metric          text NOT NULL CHECK (is_slug(metric)),
    metric_label    text NOT NULL,
    value           numeric NOT NULL,
    qualifier       text CHECK (qualifier IN ('exactly', 'more than', 'roughly', 'around')),
    unit            text NOT NULL,
    counted         text NOT NULL,
    period_start    date,
    period_phrase   text NOT NULL,
    -- Set when the metric label or the period is inferred: says from what.
    inference       text
);
CREATE INDEX figure_claim_idx ON figure (claim_id);
CREATE INDEX figure_metric_idx ON figure (metric);

-- An old claim URL keeps working: it answers 301 to the claim's current slug.
CREATE TABLE slug_redirect (
    old_slug text PRIMARY KEY CHECK (is_slug(old_slug)),
    claim_id integer NOT NULL REFERENCES claim ON DELETE CASCADE
);

-- Spans are verified against the stored text, so a wrong quote can never be served.
CREATE FUNCTION verify_item_span() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    body_length integer;
BEGIN
    SELECT length(body) INTO body_length FROM source WHERE id = NEW.source_id;
    IF NEW.span_end > body_length THEN
        RAISE EXCEPTION 'item %: span [%, %) runs past the end of its source (% characters)',
            NEW.slug, NEW.span_start, NEW.span_end, body_length;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM source s WHERE s.id = NEW.source_id
                   AND substr(s.body, NEW.heading_start + 1, length(NEW.heading)) = NEW.heading) THEN
        RAISE EXCEPTION 'item %: heading "%" is not found verbatim at offset %', NEW.slug, NEW.heading, NEW.heading_start;
    END IF;
    IF NEW.heading_start < NEW.span_start OR NEW.heading_start + length(NEW.heading) > NEW.span_end THEN
        RAISE EXCEPTION 'item %: heading lies outside the item span', NEW.slug;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER item_span_verified BEFORE INSERT OR UPDATE ON item
    FOR EACH ROW EXECUTE FUNCTION verify_item_span();

CREATE FUNCTION verify_claim_quote() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    found text;
BEGIN
    SELECT substr(s.body, NEW.quote_start + 1, NEW.quote_end - NEW.quote_start) INTO found
      FROM item i JOIN source s ON s.id = i.source_id
     WHERE i.id = NEW.item_id AND NEW.quote_start >= i.span_start AND NEW.quote_end <= i.span_end;
    IF found IS DISTINCT FROM NEW.quote THEN
        RAISE EXCEPTION 'claim %: quote is not found verbatim at [%, %) of its item; the text there is "%"',
            NEW.slug, NEW.quote_start, NEW.quote_end, found;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER claim_quote_verified BEFORE INSERT OR UPDATE ON claim
    FOR EACH ROW EXECUTE FUNCTION verify_claim_quote();

-- The running app reads through a role that can only SELECT.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${reader_role};
GRANT SELECT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${reader_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT ON TABLES TO ${reader_role};
