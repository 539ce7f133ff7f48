-- Full-text search over claims, in PostgreSQL alone.
--
-- Design: a claim's search document needs text from other tables (the claimant's name and aliases, the topic
-- names, the item heading), and a GENERATED column can only read its own row. So the document lives in its own
-- table, claim_search, one narrow row per claim: the weighted tsvector plus what a search filters and sorts on
-- (claimant, kind, topics, date). Triggers on claim, claim_topic, actor, topic and item rebuild the rows a change
-- touches (claim_search_refresh), so any later content migration inserts claims as usual and search follows.
-- The tsvector is computed by that function rather than GENERATED over copies of the text: copies made every row
-- three times wider, and a search for a common word reads every matching row (for its counts per topic, claimant
-- and kind), so the width of a row is what a search costs. The claim table and its quote verification are untouched.
--
-- Spelling variants and synonyms are data (search_variant, filled by V11), applied when a query is parsed:
-- the index holds the source's own words, so a highlight always points at words that are really there.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- English stemming, accents folded ("Zelenský" finds "Zelensky"); unaccent also folds ’ into '.
CREATE TEXT SEARCH CONFIGURATION warnews (COPY = english);
ALTER TEXT SEARCH CONFIGURATION warnews ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- A: what the claim says and who says it; B: other names of the claimant, its topics; C: the verbatim quote;
-- D: the heading of its item, how and when it was said. Results that match in A come first (see ClaimSearch).
CREATE FUNCTION claim_search_document(says text, also_named text, quote text, context text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector('warnews'::regconfig, says), 'A')
    || setweight(to_tsvector('warnews'::regconfig, also_named), 'B')
    || setweight(to_tsvector('warnews'::regconfig, quote), 'C')
    || setweight(to_tsvector('warnews'::regconfig, context), 'D');

CREATE TABLE claim_search (
    claim_id  integer PRIMARY KEY REFERENCES claim ON DELETE CASCADE,
    actor_id  integer NOT NULL,
    kind      text NOT NULL,
    said_on   date NOT NULL,
    topic_ids integer[] NOT NULL,
    document  tsvector NOT NULL
);
CREATE INDEX claim_search_document_idx ON claim_search USING gin (document);
CREATE INDEX claim_search_said_on_idx ON claim_search (said_on DESC, claim_id);
CREATE INDEX claim_search_actor_idx ON claim_search (actor_id, said_on DESC);
CREATE INDEX claim_search_kind_idx ON claim_search (kind, said_on DESC);
CREATE INDEX claim_search_topics_idx ON claim_search USING gin (topic_ids);

-- Items are found by their heading (a column of its own row, so it can be GENERATED).
ALTER TABLE item ADD COLUMN heading_search tsvector GENERATED ALWAYS AS (to_tsvector('warnews', heading)) STORED;
CREATE INDEX item_heading_search_idx ON item USING gin (heading_search);

-- Words of the documents, for "did you mean" when a word is not found (trigram similarity).
CREATE TABLE search_word (
    word text PRIMARY KEY
);
CREATE INDEX search_word_trigram_idx ON search_word USING gist (word gist_trgm_ops);

-- Spelling variants and synonyms: every term of a group finds what any other term of the group finds.
CREATE TABLE search_variant (
    group_key text NOT NULL CHECK (group_key ~ '^[a-z0-9]+$'),
    term      text NOT NULL CHECK (term <> ''),
    -- What the term means to the search: one lexeme, or a phrase of several.
    query     tsquery GENERATED ALWAYS AS (phraseto_tsquery('warnews', term)) STORED,
    PRIMARY KEY (group_key, term)
);

CREATE FUNCTION search_fold(input text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
    RETURN lower(unaccent('unaccent', input));

-- (Re)builds the search rows of the given claims from the tables they are made of, and adds their words to the
-- vocabulary that "did you mean" draws on. Words are never removed: a suggestion is only offered when it finds claims.
CREATE FUNCTION claim_search_refresh(claim_ids integer[]) RETURNS void LANGUAGE sql AS $$
    WITH part AS (
        SELECT c.id, c.actor_id, c.kind, c.said_on, coalesce(t.ids, '{}') AS topic_ids,
               c.summary || ' · ' || a.name AS says,
               concat_ws(' · ', array_to_string(a.aliases, ' · '), t.names) AS also_named,
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

-- Statement-level triggers, so a migration that inserts thousands of claims refreshes them in one pass.
CREATE FUNCTION claim_search_after_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(ARRAY(SELECT id FROM changed));
    RETURN NULL;
END $$;
CREATE TRIGGER claim_search_claim_inserted AFTER INSERT ON claim
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim();
CREATE TRIGGER claim_search_claim_updated AFTER UPDATE ON claim
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim();

CREATE FUNCTION claim_search_after_claim_topic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(ARRAY(SELECT DISTINCT claim_id FROM changed));
    RETURN NULL;
END $$;
CREATE TRIGGER claim_search_topic_added AFTER INSERT ON claim_topic
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim_topic();
CREATE TRIGGER claim_search_topic_removed AFTER DELETE ON claim_topic
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim_topic();
CREATE TRIGGER claim_search_topic_changed AFTER UPDATE ON claim_topic
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim_topic();
CREATE TRIGGER claim_search_topic_changed_to AFTER UPDATE ON claim_topic
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_claim_topic();

CREATE FUNCTION claim_search_after_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(ARRAY(SELECT c.id FROM claim c JOIN changed a ON a.id = c.actor_id));
    RETURN NULL;
END $$;
CREATE TRIGGER claim_search_actor_updated AFTER UPDATE ON actor
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_actor();

CREATE FUNCTION claim_search_after_topic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(ARRAY(SELECT ct.claim_id FROM claim_topic ct JOIN changed t ON t.id = ct.topic_id));
    RETURN NULL;
END $$;
CREATE TRIGGER claim_search_topic_renamed AFTER UPDATE ON topic
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_topic();

CREATE FUNCTION claim_search_after_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(ARRAY(SELECT c.id FROM claim c JOIN changed i ON i.id = c.item_id));
    RETURN NULL;
END $$;
CREATE TRIGGER claim_search_item_updated AFTER UPDATE ON item
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_search_after_item();

-- Turns what a reader typed into the tsqueries of a search: web-search syntax ("phrases", OR, -exclusion), each
-- word widened to its spelling variants and synonyms, each number to the ways it is written. The caller has
-- already replaced each number by a placeholder word wnnumN (N counting from 0) and passes the spellings of
-- number N as element N+1 of number_forms, separated by '|' (e.g. '1000000|1,000,000|one million|1 million|1m').
-- Returns, as text, in one pass:
--   [1] the query;
--   [2] the same for ts_headline, each word left out (-word) replaced by a word that is in no text, so that only
--       what was searched for is marked;
--   [3], [4], [5] the same with the words searched for required in weights A, A or B, A or B or C.
CREATE FUNCTION search_queries(input text, number_forms text[] DEFAULT '{}') RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    folded text := search_fold(input);
    phrase record;
    parsed text;
    token record;
    expansion text;
    built text[] := ARRAY['', '', '', '', ''];
    negated boolean := false;
    scopes boolean[] := '{}';
    symbol text;
    lexeme constant text := '(''(?:[^'']|'''')*'')';
BEGIN
    -- A variant of several words ("prisoners of war", "G-7", "Ministry of Defence") cannot be matched word by
    -- word after parsing: it is replaced first by a key word of its group (wn0<group>), expanded below.
    FOR phrase IN
        SELECT v.group_key,
               '\m' || regexp_replace(regexp_replace(search_fold(v.term), '([^[:alnum:][:space:]])', '\\\1', 'g'),
                                      '\s+', '\\s+', 'g') || '\M' AS pattern
          FROM search_variant v
         WHERE numnode(v.query) > 1
           AND strpos(folded, split_part(search_fold(v.term), ' ', 1)) > 0
         ORDER BY length(v.term) DESC
    LOOP
        folded := regexp_replace(folded, phrase.pattern, ' wn0' || phrase.group_key || ' ', 'g');
    END LOOP;

    parsed := websearch_to_tsquery('warnews', folded)::text;
    IF parsed = '' THEN
        RETURN built;
    END IF;

    -- Each lexeme of the parsed query becomes the OR of everything its group or number stands for. A word left
    -- out (-word) is left out of what a claim says and who says it (weights A, B, C), not of the heading of the
    -- item it belongs to: "drones -Putin" keeps the claims of an item headed "Putin calls for ... drone forces"
    -- that are not Putin's.
    FOR token IN
        SELECT m.part[1] AS text
          FROM regexp_matches(parsed, '''(?:[^'']|'''')*''|[^'']+', 'g') WITH ORDINALITY AS m(part, n)
         ORDER BY m.n
    LOOP
        IF left(token.text, 1) = '''' THEN
            expansion := coalesce(
                -- A phrase whose words include a one-word member of its group adds nothing ("unmanned aerial
                -- vehicle" beside "unmanned") and would make the index recheck every match: it is left out.
                (SELECT '(' || string_agg(DISTINCT '(' || member.query::text || ')', ' | ') || ')'
                   FROM search_variant v JOIN search_variant member ON member.group_key = v.group_key
                  WHERE numnode(member.query) > 0
                    AND (v.query::text = token.text OR '''wn0' || v.group_key || '''' = token.text)
                    AND NOT EXISTS (SELECT 1 FROM search_variant single
                                     WHERE single.group_key = member.group_key AND numnode(single.query) = 1
                                       AND numnode(member.query) > 1
                                       AND single.query::text = ANY (regexp_split_to_array(member.query::text, '\s+')))),
                (SELECT '(' || string_agg('(' || phraseto_tsquery('warnews', form)::text || ')', ' | ') || ')'
                   FROM unnest(string_to_array(
                            number_forms[substring(token.text FROM '^''wnnum(\d{1,3})''$')::integer + 1], '|')) AS form
                  WHERE token.text ~ '^''wnnum\d{1,3}''$' AND phraseto_tsquery('warnews', form)::text <> ''),
                token.text);
            IF negated OR coalesce(scopes[cardinality(scopes)], false) THEN
                expansion := regexp_replace(expansion, lexeme, '\1:ABC', 'g');
                built := ARRAY[built[1] || expansion, built[2] || '''wn0none''', built[3] || expansion,
                               built[4] || expansion, built[5] || expansion];
            ELSE
                built := ARRAY[built[1] || expansion, built[2] || expansion,
                               built[3] || regexp_replace(expansion, lexeme, '\1:A', 'g'),
                               built[4] || regexp_replace(expansion, lexeme, '\1:AB', 'g'),
                               built[5] || regexp_replace(expansion, lexeme, '\1:ABC', 'g')];
            END IF;
            negated := false;
        ELSE
            -- The operators between lexemes: track which parentheses are negated.
            FOREACH symbol IN ARRAY regexp_split_to_array(token.text, '') LOOP
                IF symbol = '!' THEN
                    negated := true;
                ELSIF symbol = '(' THEN
                    scopes := scopes || (negated OR coalesce(scopes[cardinality(scopes)], false));
                    negated := false;
                ELSIF symbol = ')' THEN
                    scopes := scopes[1:cardinality(scopes) - 1];
                END IF;
            END LOOP;
            built := ARRAY[built[1] || token.text, built[2] || token.text, built[3] || token.text,
                           built[4] || token.text, built[5] || token.text];
        END IF;
    END LOOP;
    -- Normalised by the round trip through tsquery.
    RETURN ARRAY[built[1]::tsquery::text, built[2]::tsquery::text, built[3]::tsquery::text,
                 built[4]::tsquery::text, built[5]::tsquery::text];
END $$;

-- The query alone, for use in SQL by hand: SELECT ... WHERE document @@ search_tsquery('Kiev drones').
CREATE FUNCTION search_tsquery(input text, number_forms text[] DEFAULT '{}') RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (search_queries(input, number_forms))[1]::tsquery;

SELECT claim_search_refresh(ARRAY(SELECT id FROM claim));

GRANT SELECT ON claim_search, search_word, search_variant TO ${reader_role};
