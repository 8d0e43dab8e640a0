package app.factdesk.claim;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.suggestion.NamedEntities;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Already checked": the claims of the current workspace (any article) that say the same thing as a text, best
 * first (ADR 024). Candidates are the claims that share the text's rarest words or stems (an inverted index, V30);
 * those whose stored folded statement or quote reaches a trigram similarity of 0.3 with the text, or that share a
 * stem with it ({@code arabic} and {@code english} full-text vector, any word), are scored
 * {@code 0.7 trigram + 0.3 stem overlap}, then multiplied by {@link #ENTITY_PENALTY} when both texts carry numbers
 * and they differ, and again when each names someone the other does not mention ({@link NamedEntities#differ}).
 */
@Service
public class SimilarClaims {

    static final double ENTITY_PENALTY = 0.6;
    static final int MAX_TEXT = 2000;
    /** Candidates read from the term index and scored by trigram similarity. */
    static final int POOL = 100;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,٫]\\d+)?");

    /**
     * The query's folded text, its term hashes (V30) and its any-word tsquery (Arabic or English stems), computed
     * once per match.
     */
    static final String PREPARE = """
            select fd_match_text(:q) t, fd_match_terms(:q) terms,
                   (select string_agg(x, ' | ') from (
                        select nullif(replace(plainto_tsquery('arabic', fd_normalize_ar(:q))::text, '&', '|'), '') x
                        union all
                        select nullif(replace(plainto_tsquery('english', fd_normalize_ar(:q))::text, '&', '|'), '')) s)
                   query
            """;

    /**
     * The ranked candidates for the folded text {@code :t}, its term hashes {@code :terms} and tsquery
     * {@code :query} in {@code :workspace}: the {@code :pool} claims sharing the rarest terms with the text
     * ({@code fd_claim_candidates}, an inverted index of words and stems, V30), kept when their trigram similarity
     * reaches 0.3 or they share a stem with the text, scored and cut to {@code :candidates}; the verdict is looked
     * up for those only (bench/similar.sh prints the plan). The {@code offset 0} keeps the planner from copying
     * the similarity expressions into the filter and the sort: each is computed once per candidate.
     */
    static final String SQL = """
            with hits as (select id from fd_claim_candidates(cast(:terms as integer[]), :workspace, :pool) h(id)),
            scored as (
                select c.id, c.article_id, c.statement, c.state, m.trigram, m.stems
                from claim c join hits h on h.id = c.id
                cross join lateral (
                    select greatest(similarity(c.statement_folded, :t), similarity(c.quote_folded, :t)) trigram,
                           least(1, 2 * ts_rank(c.search_vector, cast(:query as tsquery), 32)) stems,
                           c.search_vector @@ cast(:query as tsquery) shares
                    offset 0) m
                where c.id <> :exclude and (m.trigram >= 0.3 or m.shares)
                order by 0.7 * m.trigram + 0.3 * m.stems desc, c.id desc
                limit :candidates)
            select s.*, (select case when :arabic then l.label_ar else l.label_en end
                         from verdict v join rating_label l on l.id = v.rating_label_id
                         where v.claim_id = s.id and v.status = 'PUBLISHED' order by v.id desc limit 1) verdict
            from scored s
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    SimilarClaims(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Claims of the workspace similar to {@code text}, best first, at most {@code limit} (1..50). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SimilarClaim> match(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("similar.text-empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("similar.text-too-long", MAX_TEXT);
        }
        return match(text.strip(), null, Math.min(Math.max(limit, 1), 50));
    }

    /**
     * For each text (e.g. the suggestions an article shows), the workspace's claim whose statement or quote reads
     * most like it, if its trigram similarity reaches {@code min}; one statement for all texts. Keyed by the text's
     * index in {@code texts}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Integer, SimilarClaim> closestTo(List<String> texts, double min) {
        if (texts.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Integer, SimilarClaim> closest = new java.util.HashMap<>();
        jdbc.query("""
                select t.n, m.id, m.article_id, m.statement, m.state, m.score,
                       (select case when :arabic then l.label_ar else l.label_en end
                        from verdict v join rating_label l on l.id = v.rating_label_id
                        where v.claim_id = m.id and v.status = 'PUBLISHED' order by v.id desc limit 1) verdict
                from unnest(cast(:texts as text[])) with ordinality t(q, n)
                cross join lateral (select fd_match_text(t.q) f, fd_match_terms(t.q) terms) p
                cross join lateral (
                    select c.id, c.article_id, c.statement, c.state,
                           greatest(similarity(c.statement_folded, p.f), similarity(c.quote_folded, p.f)) score
                    from claim c
                    where c.workspace_id = :workspace
                      and c.id in (select fd_claim_candidates(p.terms, :workspace, :pool))
                    order by score desc, c.id desc limit 1) m
                where m.score >= :min
                """, new MapSqlParameterSource("workspace", currentUser.workspaceId())
                .addValue("texts", texts.toArray(String[]::new)).addValue("min", min).addValue("arabic", arabic())
                .addValue("pool", POOL),
                rs -> {
                    closest.put(rs.getInt("n") - 1, new SimilarClaim(rs.getLong("id"), rs.getLong("article_id"),
                            rs.getString("statement"), ClaimState.valueOf(rs.getString("state")),
                            rs.getString("verdict"), Math.round(rs.getDouble("score") * 1000) / 1000.0, false, false));
                });
        return closest;
    }

    /** Claims of the workspace similar to claim {@code claimId} (itself left out), best first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SimilarClaim> similarTo(long claimId, int limit) {
        List<String> statement = jdbc.queryForList(
                "select statement from claim where id = :id and workspace_id = :workspace",
                new MapSqlParameterSource("id", claimId).addValue("workspace", currentUser.workspaceId()),
                String.class);
        if (statement.isEmpty()) {
            throw new UserFacingException("claim.not-found");
        }
        return match(statement.get(0), claimId, Math.min(Math.max(limit, 1), 50));
    }

    private List<SimilarClaim> match(String text, Long exclude, int limit) {
        java.util.Map<String, Object> prepared = jdbc.queryForMap(PREPARE, new MapSqlParameterSource("q", text));
        String query = (String) prepared.get("query");
        MapSqlParameterSource params = new MapSqlParameterSource("workspace", currentUser.workspaceId())
                .addValue("t", prepared.get("t")).addValue("query", query == null ? "" : query)
                .addValue("terms", prepared.get("terms")).addValue("pool", Math.max(POOL, limit * 4))
                .addValue("exclude", exclude == null ? -1L : exclude).addValue("candidates", limit * 4)
                .addValue("arabic", arabic());
        List<SimilarClaim> candidates = jdbc.query(SQL, params, (rs, n) -> {
                    String statement = rs.getString("statement");
                    boolean numbers = differ(numbers(text), numbers(statement));
                    boolean names = NamedEntities.differ(text, statement);
                    double score = 0.7 * rs.getDouble("trigram") + 0.3 * rs.getDouble("stems");
                    score *= (numbers ? ENTITY_PENALTY : 1) * (names ? ENTITY_PENALTY : 1);
                    return new SimilarClaim(rs.getLong("id"), rs.getLong("article_id"), statement,
                            ClaimState.valueOf(rs.getString("state")), rs.getString("verdict"),
                            Math.round(score * 1000) / 1000.0, numbers, names);
                });
        return candidates.stream().sorted(Comparator.comparingDouble(SimilarClaim::score).reversed()
                .thenComparing(Comparator.comparingLong(SimilarClaim::claimId).reversed())).limit(limit).toList();
    }

    /** Verdict labels in the reader's language (the UI follows the profile's language). */
    private boolean arabic() {
        return currentUser.get().map(u -> "ar".equals(u.language())).orElse(false);
    }

    /** Both sides carry some and they have none in common. */
    static boolean differ(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return !a.equals(b);
    }

    static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(digits(text));
        while (m.find()) {
            found.add(m.group().replace(',', '.').replace('٫', '.'));
        }
        return found;
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }
}
