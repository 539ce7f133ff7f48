-- When each source, item and claim last changed. Content changes only by migration, so this is the time of the
-- migration that added or changed the row; the Atom feed and the sitemap report it as updated / lastmod.
ALTER TABLE source ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE item ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE claim ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at = now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER source_touched BEFORE UPDATE ON source FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER item_touched BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER claim_touched BEFORE UPDATE ON claim FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A claim's figures and topics are part of the claim: changing them changes the claim.
CREATE FUNCTION touch_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE claim SET updated_at = now() WHERE id = OLD.claim_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE claim SET updated_at = now() WHERE id = NEW.claim_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figure_touches_claim AFTER INSERT OR UPDATE OR DELETE ON figure
    FOR EACH ROW EXECUTE FUNCTION touch_claim();
CREATE TRIGGER claim_topic_touches_claim AFTER INSERT OR UPDATE OR DELETE ON claim_topic
    FOR EACH ROW EXECUTE FUNCTION touch_claim();

CREATE INDEX claim_updated_idx ON claim (updated_at DESC, id DESC);
