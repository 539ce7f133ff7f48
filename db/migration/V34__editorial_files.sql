-- Sources and their claims now come from annotation files (db/sources/<slug>/source.yaml), loaded by the repeatable
-- Java migration "editorial files" (org.warnews.editorial), which finds every quote by its words. This adds what
-- those files carry beyond V1 and keeps what a reload replaces.

-- A source is named by its folder; the file name is no longer a fact of its own.
ALTER TABLE source DROP COLUMN file_name;

-- Provenance, as the annotation states it. NULL is "not known"; the outlet may be "not named in the text".
ALTER TABLE source ADD COLUMN outlet text;
ALTER TABLE source ADD COLUMN original_url text CHECK (original_url ~ '^https?://');
ALTER TABLE source ADD COLUMN archived_url text CHECK (archived_url ~ '^https?://');
ALTER TABLE source ADD COLUMN retrieved_on date;

-- When an outlet corrects its article, the text is replaced and the text it replaced is kept here.
CREATE TABLE source_version (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id   integer NOT NULL REFERENCES source,
    body        text NOT NULL,
    sha256      text NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT source_version_body_matches_sha256 CHECK (sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex'))
);
CREATE INDEX source_version_source_idx ON source_version (source_id, replaced_at);

-- Every change to a published claim: when, which part, what it was before and after (as JSON), and why, in the
-- editor's one public line (the claim's "corrections" in its annotation). A claim's first publication is not a
-- change. The corrections log is built on this.
CREATE TABLE claim_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    changed_at timestamptz NOT NULL DEFAULT now(),
    field      text NOT NULL CHECK (field IN ('slug', 'item', 'claimant', 'kind', 'summary', 'quote', 'direct',
                                              'said', 'via', 'topics', 'figures')),
    before     jsonb NOT NULL,
    after      jsonb NOT NULL,
    reason     text NOT NULL CHECK (reason ~ '\S')
);
CREATE INDEX claim_change_claim_idx ON claim_change (claim_id, changed_at);

-- Every change to a published claimant's names or description (its name, kind, description and aliases, as JSON),
-- with the editor's public reason: a name shown for a claimant is content too.
CREATE TABLE actor_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   integer NOT NULL REFERENCES actor,
    changed_at timestamptz NOT NULL DEFAULT now(),
    before     jsonb NOT NULL,
    after      jsonb NOT NULL,
    reason     text NOT NULL CHECK (reason ~ '\S')
);
CREATE INDEX actor_change_actor_idx ON actor_change (actor_id, changed_at);

-- A claim as it read before each correction, whole (as JSON: slug, item, claimant, kind, summary, quote, direct,
-- said, via, topics, figures), so that an old version stays readable and citable at its own address. Version 1 is the
-- claim as first published; the current version is the claim itself, numbered one more than its last kept version.
CREATE TABLE claim_version (
    claim_id    integer NOT NULL REFERENCES claim ON DELETE CASCADE,
    number      integer NOT NULL CHECK (number > 0),
    replaced_at timestamptz NOT NULL DEFAULT now(),
    state       jsonb NOT NULL,
    PRIMARY KEY (claim_id, number)
);
CREATE INDEX claim_change_newest_idx ON claim_change (changed_at DESC, id DESC);

-- A claim's figures and topics touch the claim (V20) once per statement, not once per row, and not at all when the
-- claim already changed in this transaction (its change time is then now()): loading a source's new claims with
-- their topics and figures must not update each claim again, row by row, re-indexing it for search each time.
DROP TRIGGER figure_touches_claim ON figure;
DROP TRIGGER claim_topic_touches_claim ON claim_topic;
DROP FUNCTION touch_claim();

CREATE FUNCTION touch_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim SET updated_at = now()
     WHERE id IN (SELECT DISTINCT claim_id FROM changed) AND updated_at <> now();
    RETURN NULL;
END $$;
CREATE TRIGGER figure_added_touches_claim AFTER INSERT ON figure
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER figure_changed_touches_claim AFTER UPDATE ON figure
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER figure_moved_touches_claim AFTER UPDATE ON figure
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER figure_removed_touches_claim AFTER DELETE ON figure
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER claim_topic_added_touches_claim AFTER INSERT ON claim_topic
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER claim_topic_changed_touches_claim AFTER UPDATE ON claim_topic
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER claim_topic_moved_touches_claim AFTER UPDATE ON claim_topic
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();
CREATE TRIGGER claim_topic_removed_touches_claim AFTER DELETE ON claim_topic
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION touch_claims();

-- Words readers search an actor by that also name someone or something else ("Kyiv" for Ukraine's General Staff, a
-- bare "Ministry of Defence"): search finds the actor's claims by them (weight B, with its other names), but they are
-- never published as its names. The same search rows as V10 builds, with these added.
ALTER TABLE actor ADD COLUMN search_terms text[] NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION claim_search_refresh(claim_ids integer[]) RETURNS void LANGUAGE sql AS $$
    WITH part AS (
        SELECT c.id, c.actor_id, c.kind, c.said_on, coalesce(t.ids, '{}') AS topic_ids,
               c.summary || ' · ' || a.name AS says,
               concat_ws(' · ', array_to_string(a.aliases, ' · '), array_to_string(a.search_terms, ' · '), t.names) AS also_named,
               c.quote,
               concat_ws(' · ', i.heading, c.via, c.said_on_phrase) AS context
          FROM claim c
          JOIN actor a ON a.id = c.actor_id
          JOIN item i ON i.id = c.item_id
          LEFT JOIN LATERAL (SELECT array_agg(ct.topic_id ORDER BY ct.topic_id) AS ids,
                                    string_agg(tp.name, ' · ' ORDER BY tp.name) AS names
                               FROM claim_topic ct JOIN topic tp ON tp.id = ct.topic_id
                              WHERE ct.claim_id = c.id) t ON true
         WHERE c.id = ANY (claim_ids)
    ), words AS (
        INSERT INTO search_word (word)
        SELECT DISTINCT w
          FROM part, regexp_split_to_table(search_fold(concat_ws(' ', part.says, part.also_named, part.quote,
                                                                 part.context)), '[[:space:][:punct:]“”‘’«»—–…·]+') AS w
         WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING
    )
    INSERT INTO claim_search (claim_id, actor_id, kind, said_on, topic_ids, document)
    SELECT id, actor_id, kind, said_on, topic_ids, claim_search_document(says, also_named, quote, context)
      FROM part
    ON CONFLICT (claim_id) DO UPDATE SET
        actor_id = EXCLUDED.actor_id, kind = EXCLUDED.kind, said_on = EXCLUDED.said_on,
        topic_ids = EXCLUDED.topic_ids, document = EXCLUDED.document;
$$;
