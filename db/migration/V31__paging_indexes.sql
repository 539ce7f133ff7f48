-- Topic and claimant pages list claims a page at a time, newest first, on the same day in text order
-- (ORDER BY said_on DESC, item_id, quote_start, id). With these indexes a page reads the claims in that order and
-- stops after the page, instead of sorting every claim of a big topic or claimant (at 100,000 claims: page 1 of
-- the largest topic 31 ms -> 0.5 ms, of the largest claimant 7 ms -> 0.1 ms).
CREATE INDEX claim_newest_idx ON claim (said_on DESC, item_id, quote_start, id);
CREATE INDEX claim_actor_newest_idx ON claim (actor_id, said_on DESC, item_id, quote_start, id);
