package app.factdesk.claim;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.SearchText;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace-wide claims grid: filtered, sorted and paged in SQL. */
@Service
public class ClaimQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ClaimQueries(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ClaimRow> page(ClaimFilter filter, ClaimSort sort, int offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("""
                select c.id, c.article_id, a.title, a.direction, c.statement, c.claimant, c.claim_date, c.priority,
                       c.tags, c.state, c.created_at
                from claim c join article a on a.id = c.article_id
                """ + where(filter) + " order by " + sort.orderBy + " limit :limit offset :offset",
                params, ClaimQueries::row);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public int count(ClaimFilter filter) {
        Integer count = jdbc.queryForObject("select count(*) from claim c " + where(filter), params(filter),
                Integer.class);
        return count == null ? 0 : count;
    }

    /** How many claims of the workspace are in each state (states without claims are left out). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<ClaimState, Integer> countsByState() {
        java.util.Map<ClaimState, Integer> counts = new java.util.EnumMap<>(ClaimState.class);
        jdbc.query("select state, count(*) n from claim where workspace_id = :workspace group by state",
                new MapSqlParameterSource("workspace", currentUser.workspaceId()),
                rs -> {
                    counts.put(ClaimState.valueOf(rs.getString("state")), rs.getInt("n"));
                });
        return counts;
    }

    /** Every tag used in the workspace, for the filter's choices. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> tags() {
        return jdbc.queryForList("select distinct unnest(tags) t from claim where workspace_id = :workspace order by t",
                new MapSqlParameterSource("workspace", currentUser.workspaceId()), String.class);
    }

    /** Claims of the current workspace whose statement or claimant match {@code query}, best first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ClaimHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return jdbc.query("""
                select c.id, c.article_id,
                       ts_headline(fd_search_config(c.search_language), fd_normalize_ar(c.statement), s.q, %s) snippet
                from claim c, (select %s as q) s
                where c.workspace_id = :workspace and c.search_vector @@ s.q
                order by ts_rank(c.search_vector, s.q) desc, c.id desc limit :limit
                """.formatted(SearchText.HEADLINE_OPTIONS, SearchText.TSQUERY),
                new MapSqlParameterSource("workspace", currentUser.workspaceId()).addValue("q", query.strip())
                        .addValue("limit", Math.min(Math.max(limit, 1), 100)),
                (rs, n) -> new ClaimHit(rs.getLong("id"), rs.getLong("article_id"), rs.getString("snippet")));
    }

    private MapSqlParameterSource params(ClaimFilter filter) {
        return new MapSqlParameterSource("workspace", currentUser.workspaceId())
                .addValue("state", filter.state() == null ? null : filter.state().name())
                .addValue("states", filter.states().stream().map(Enum::name).sorted().toList())
                .addValue("article", filter.articleId())
                .addValue("tag", blank(filter.tag()) ? null : filter.tag().strip().toLowerCase(java.util.Locale.ROOT))
                .addValue("claimant", blank(filter.claimant()) ? null : "%" + like(filter.claimant().strip()) + "%")
                .addValue("text", blank(filter.text()) ? null : "%" + like(filter.text().strip()) + "%");
    }

    private static String where(ClaimFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("c.workspace_id = :workspace"));
        if (filter.state() != null) {
            conditions.add("c.state = :state");
        }
        if (!filter.states().isEmpty()) {
            conditions.add("c.state in (:states)");
        }
        if (filter.articleId() != null) {
            conditions.add("c.article_id = :article");
        }
        if (!blank(filter.tag())) {
            conditions.add(":tag = any(c.tags)");
        }
        if (!blank(filter.claimant())) {
            conditions.add("c.claimant ilike :claimant");
        }
        if (!blank(filter.text())) {
            conditions.add("(c.statement ilike :text or c.quote_exact ilike :text)");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ClaimRow row(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("tags");
        return new ClaimRow(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"),
                rs.getString("direction"), rs.getString("statement"), rs.getString("claimant"),
                rs.getObject("claim_date", java.time.LocalDate.class), Priority.valueOf(rs.getString("priority")),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                ClaimState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant());
    }
}
