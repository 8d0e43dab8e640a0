-- Similar claims at scale (issue 15, ADR 024): the folded statement and quote are stored once per row instead of
-- folding (a regexp) every row of every match, and the candidates come from trigram GiST indexes ordered by
-- distance (k nearest), which the planner can use under row-level security (an ORDER BY is not a leaky qual),
-- instead of the `%` filter, which row-level security kept from the GIN indexes.
alter table claim
    add column statement_folded text generated always as (fd_match_text(statement)) stored,
    add column quote_folded text generated always as (fd_match_text(quote_exact)) stored;
drop index claim_statement_trgm;
drop index claim_quote_trgm;
create index claim_statement_folded_knn on claim using gist (statement_folded gist_trgm_ops (siglen = 256));
create index claim_quote_folded_knn on claim using gist (quote_folded gist_trgm_ops (siglen = 256));
