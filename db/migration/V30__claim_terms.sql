-- Similar claims at 100,000 claims (issue 15, ADR 024): candidates come from an inverted index of the words of each
-- claim instead of the trigram k-nearest-neighbour walk of V29, which visits most of a large GiST index when many
-- claims share trigrams (139-395 ms per query at 100,000 claims). A claim's terms are the hashes of its folded words
-- and of their Arabic and English stems, statement and quote together. A match reads only the postings of the
-- rarest terms of its text, through a b-tree whose conditions (= on integers) are leakproof, so row-level security
-- lets the planner use the index (it does not for pg_trgm's or full text's operators).

-- The term hashes of a text: folded words (fd_match_text), plus their stems under the arabic and english
-- configurations; one per distinct term.
create function fd_match_terms(input text) returns integer[]
    language sql immutable parallel safe
    return (select coalesce(array_agg(distinct hashtext(w)), '{}')
            from (select regexp_split_to_table(fd_match_text(input), '[^[:alnum:]]+') w
                  union select unnest(tsvector_to_array(to_tsvector('arabic', fd_match_text(input))))
                  union select unnest(tsvector_to_array(to_tsvector('english', fd_match_text(input))))) x
            where w <> '');

create table claim_term (
    workspace_id bigint  not null,
    term         integer not null,
    claim_id     bigint  not null,
    constraint claim_term_pkey primary key (workspace_id, term, claim_id),
    constraint claim_term_claim_same_workspace foreign key (claim_id, workspace_id)
        references claim (id, workspace_id) on delete cascade
);
create index claim_term_claim on claim_term (claim_id);

-- The owner reads every claim for the backfill: row-level security is forced on claim (V11), which would show a
-- non-superuser owner none (the external PostgreSQL set-up of the README), so it is lifted for this statement only.
alter table claim no force row level security;
insert into claim_term (workspace_id, term, claim_id)
select c.workspace_id, t.term, c.id
from claim c cross join lateral unnest(fd_match_terms(c.statement || ' ' || c.quote_exact)) t(term);
alter table claim force row level security;

-- Kept current by the database, in the writer's transaction and under its row-level security.
create function fd_claim_terms_refresh() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from claim_term where claim_id = new.id;
    end if;
    insert into claim_term (workspace_id, term, claim_id)
    select new.workspace_id, t.term, new.id
    from unnest(fd_match_terms(new.statement || ' ' || new.quote_exact)) t(term);
    return null;
end $$;

create trigger claim_terms_on_insert after insert on claim
    for each row execute function fd_claim_terms_refresh();
-- The application writes every column of a claim on any change (a state, a priority): only a new text counts.
create trigger claim_terms_on_change after update of statement, quote_exact on claim
    for each row when (old.statement is distinct from new.statement or old.quote_exact is distinct from new.quote_exact)
    execute function fd_claim_terms_refresh();

alter table claim_term enable row level security;
alter table claim_term force row level security;
create policy claim_term_in_workspace on claim_term using (workspace_id = fd_current_workspace())
    with check (workspace_id = fd_current_workspace());

-- The candidates for a text with term hashes `terms` in `workspace`:
-- 1. how many claims hold each term is counted, up to 1,000 (index-only scans), for at most 64 terms (in hash
--    order: a long text costs no more than a claim-sized one and still brings rare terms);
-- 2. the rarest terms are kept: up to 8 of those held by fewer than 1,000 claims, and at least 2;
-- 3. their postings are read (at most the newest 2,000 claims per term) and the `pool` claims with the highest sum
--    of the kept terms' inverse frequencies are returned.
-- The work does not grow with the workspace. Runs as the caller, under row-level security. (The weights are
-- float8: numeric logarithms cost more than the rest of the query.)
create function fd_claim_candidates(terms integer[], workspace bigint, pool integer) returns setof bigint
    language sql stable parallel safe
    as $$
    with frequency as materialized (
        select q.term, (select count(*) from (select 1 from claim_term t
                                              where t.workspace_id = workspace and t.term = q.term
                                              limit 1000) z) n
        from unnest(terms[1:64]) q(term)),
    rarest as materialized (
        select term, ln(1000000.0 / n)::float8 weight
        from (select term, n, row_number() over (order by n, term) r from frequency where n > 0) f
        where (n < 1000 and r <= 8) or r <= 2)
    select p.claim_id from rarest r cross join lateral (
        select t.claim_id from claim_term t where t.workspace_id = workspace and t.term = r.term
        order by t.claim_id desc limit 2000) p
    group by p.claim_id
    order by sum(r.weight) desc, p.claim_id desc
    limit pool
    $$;

-- The k-nearest-neighbour indexes of V29 serve no query any more.
drop index claim_statement_folded_knn;
drop index claim_quote_folded_knn;
