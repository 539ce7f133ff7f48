-- Typed relations between claims, written by the editors in the annotation files (relations: under a claim) and
-- loaded with them: the claim that carries the relation, its type, and the claim it points to, in any source.
-- What each type means, and its inverse wording, is org.warnews.model.RelationType.
CREATE TABLE claim_relation (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_claim_id integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    type          text NOT NULL CHECK (type IN ('restates', 'supports', 'disputes', 'updates', 'characterises')),
    to_claim_id   integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    CHECK (from_claim_id <> to_claim_id),
    UNIQUE (from_claim_id, type, to_claim_id)
);
-- A claim's page reads the relations it carries (the unique index) and those pointing at it (this one).
CREATE INDEX claim_relation_to_idx ON claim_relation (to_claim_id);

-- A relation is part of both claims it joins: adding or removing one changes both.
CREATE FUNCTION touch_related_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE claim SET updated_at = now() WHERE id IN (OLD.from_claim_id, OLD.to_claim_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE claim SET updated_at = now() WHERE id IN (NEW.from_claim_id, NEW.to_claim_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER claim_relation_touches_claims AFTER INSERT OR UPDATE OR DELETE ON claim_relation
    FOR EACH ROW EXECUTE FUNCTION touch_related_claims();

-- The days a claim may have been made on, from its date and precision, for date-range filters: a claim matches a
-- range when these overlap it. said_from is NULL when the first possible day is not known (on-or-before).
--   day: that day; month: the whole month; year: the whole year; approximate ("about June 2025"): the month named
--   and the month either side of it; on-or-before: any day up to and including the date.
ALTER TABLE claim ADD COLUMN said_from date GENERATED ALWAYS AS (
    CASE said_on_precision
        WHEN 'on-or-before' THEN NULL
        WHEN 'approximate' THEN (date_trunc('month', said_on::timestamp) - interval '1 month')::date
        WHEN 'month' THEN date_trunc('month', said_on::timestamp)::date
        WHEN 'year' THEN date_trunc('year', said_on::timestamp)::date
        ELSE said_on
    END) STORED;
ALTER TABLE claim ADD COLUMN said_to date GENERATED ALWAYS AS (
    CASE said_on_precision
        WHEN 'approximate' THEN (date_trunc('month', said_on::timestamp) + interval '2 months' - interval '1 day')::date
        WHEN 'month' THEN (date_trunc('month', said_on::timestamp) + interval '1 month' - interval '1 day')::date
        WHEN 'year' THEN (date_trunc('year', said_on::timestamp) + interval '1 year' - interval '1 day')::date
        ELSE said_on
    END) STORED;

-- In a BEFORE trigger the generated columns of NEW are not computed yet (NULL), so V20's whole-row comparison would
-- take every update of a claim, even one that changes nothing, for a change. A claim's own trigger compares the row
-- without them: they follow from its date and precision, which it compares.
CREATE FUNCTION touch_claim_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_jsonb(NEW) - 'said_from' - 'said_to' IS DISTINCT FROM to_jsonb(OLD) - 'said_from' - 'said_to' THEN
        NEW.updated_at = now();
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER claim_touched ON claim;
CREATE TRIGGER claim_touched BEFORE UPDATE ON claim FOR EACH ROW EXECUTE FUNCTION touch_claim_updated_at();
