-- Sources are listed newest first (ORDER BY published_on DESC, id DESC): the home page, /sources, and the API's
-- sources, items and claims, whose claims follow their source's order. With this index a page of the API's claims
-- reads the newest sources' items and claims in order and stops after the page, instead of sorting every claim (at
-- 100,000 claims: the first page 42 ms -> 0.3 ms).
CREATE INDEX source_newest_idx ON source (published_on DESC, id DESC);
