-- Figures carry their uncertainty (issue 18). low, best and high are derived by the loader from the value and the
-- source's qualifier by one rule (org.warnews.model.FigureBounds): a stated number is the best value; "more than" /
-- "at least" N a floor (low only); "up to" N a ceiling (high only); "around" / "roughly" / "about" N an approximate
-- best value with no range. A range is kept only where the text states one. The loader fills these columns for every
-- figure on each start; rows written before this migration get them on the first reload.
ALTER TABLE figure DROP CONSTRAINT figure_qualifier_check;
ALTER TABLE figure ADD CONSTRAINT figure_qualifier_check
    CHECK (qualifier IN ('exactly', 'more than', 'at least', 'up to', 'around', 'roughly', 'about'));

ALTER TABLE figure ADD COLUMN low numeric;
ALTER TABLE figure ADD COLUMN best numeric;
ALTER TABLE figure ADD COLUMN high numeric;
-- "around", "roughly", "about": the best value is approximate, and no range is invented for it.
ALTER TABLE figure ADD COLUMN approximate boolean NOT NULL DEFAULT false;
ALTER TABLE figure ADD CONSTRAINT figure_bounds_ordered
    CHECK ((low IS NULL OR best IS NULL OR low <= best) AND (best IS NULL OR high IS NULL OR best <= high)
           AND (low IS NULL OR high IS NULL OR low <= high));
ALTER TABLE figure ADD CONSTRAINT figure_approximate_has_no_range
    CHECK (NOT approximate OR (best IS NOT NULL AND low IS NULL AND high IS NULL));

-- Where the figure comes from, as the source presents it. NULL only for a row not yet reloaded.
ALTER TABLE figure ADD COLUMN kind text CHECK (kind IN ('official-claim', 'independent-count', 'estimate'));

-- The counting period's end, when the text states one (NULL: not stated; the figure runs at most to when it was
-- said), whether the figure is a running total (NULL: the text does not say), and what it leaves out, in the
-- source's terms, when the text says so.
ALTER TABLE figure ADD COLUMN period_end date;
ALTER TABLE figure ADD CONSTRAINT figure_period_ordered
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end);
ALTER TABLE figure ADD COLUMN cumulative boolean;
ALTER TABLE figure ADD COLUMN excludes text CHECK (excludes ~ '\S');
