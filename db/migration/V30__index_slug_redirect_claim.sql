-- Every foreign key has an index whose first column is the key (IndexCoverageTest checks it): finding a claim's
-- old slugs, or deleting a claim, must not scan the whole table.
CREATE INDEX slug_redirect_claim_idx ON slug_redirect (claim_id);
