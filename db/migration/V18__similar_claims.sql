-- Similar claims ("already checked", ADR 024): trigram similarity over the Arabic-folded statement and quote of
-- every claim, next to the full-text search vector of V2. pg_trgm ships with PostgreSQL (also in the embedded
-- binaries used by the tests) and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

-- Folding for matching: what fd_normalize_ar does (diacritics, tatweel, alef forms, alef maqsura) plus teh
-- marbuta -> heh, hamza on waw/yeh -> waw/yeh, Arabic-Indic digits -> ASCII, lower case.
create function fd_match_text(input text) returns text
    language sql immutable parallel safe
    return lower(translate(regexp_replace(input, '[ًٌٍَُِّْٰـ]', '', 'g'), 'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩',
                           'اااايهوي0123456789'));

create index claim_statement_trgm on claim using gin (fd_match_text(statement) gin_trgm_ops);
create index claim_quote_trgm on claim using gin (fd_match_text(quote_exact) gin_trgm_ops);
