package app.factdesk.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Task lists in SQL, joined with their claim and assignee; callers scope them to a workspace. */
@Component
class TaskReads {

    private static final String SELECT = """
            select t.id, t.claim_id, c.article_id, c.statement, t.title, t.description, t.assignee_id,
                   u.display_name, t.due_date, t.required, t.status, t.cancel_reason, t.version
            from verification_task t join claim c on c.id = t.claim_id
            left join user_account u on u.id = t.assignee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TaskReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TaskRow> ofClaim(long workspaceId, long claimId, LocalDate today) {
        return jdbc.query(SELECT + " where t.workspace_id = :workspace and t.claim_id = :claim order by t.id",
                new MapSqlParameterSource("workspace", workspaceId).addValue("claim", claimId), mapper(today));
    }

    List<TaskRow> ofClaims(long workspaceId, java.util.Collection<Long> claimIds, LocalDate today) {
        return jdbc.query(SELECT + " where t.workspace_id = :workspace and t.claim_id = any(:claims) order by t.id",
                new MapSqlParameterSource("workspace", workspaceId).addValue("claims",
                        claimIds.toArray(Long[]::new)), mapper(today));
    }

    List<Long> idsOfClaims(long workspaceId, java.util.Collection<Long> claimIds) {
        return jdbc.queryForList("select t.id from verification_task t where t.workspace_id = :workspace "
                + "and t.claim_id = any(:claims)", new MapSqlParameterSource("workspace", workspaceId)
                .addValue("claims", claimIds.toArray(Long[]::new)), Long.class);
    }

    List<TaskRow> openOf(long workspaceId, long assigneeId, LocalDate today) {
        return jdbc.query(SELECT + """
                 where t.workspace_id = :workspace and t.assignee_id = :assignee
                   and t.status in ('OPEN', 'IN_PROGRESS')
                 order by t.due_date asc nulls last, t.id
                """, new MapSqlParameterSource("workspace", workspaceId).addValue("assignee", assigneeId),
                mapper(today));
    }

    List<Workload> workload(long workspaceId, LocalDate today) {
        return jdbc.query("""
                select t.assignee_id, u.display_name, count(*) open,
                       count(*) filter (where t.due_date < :today) overdue
                from verification_task t join user_account u on u.id = t.assignee_id
                where t.workspace_id = :workspace and t.status in ('OPEN', 'IN_PROGRESS')
                group by t.assignee_id, u.display_name
                order by open desc, u.display_name
                """, new MapSqlParameterSource("workspace", workspaceId).addValue("today", today),
                (rs, n) -> new Workload(rs.getLong("assignee_id"), rs.getString("display_name"), rs.getInt("open"),
                        rs.getInt("overdue")));
    }

    private static RowMapper<TaskRow> mapper(LocalDate today) {
        return (rs, n) -> row(rs, today);
    }

    private static TaskRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        return new TaskRow(rs.getLong("id"), rs.getLong("claim_id"), rs.getLong("article_id"),
                rs.getString("statement"), rs.getString("title"), rs.getString("description"),
                rs.getObject("assignee_id", Long.class), rs.getString("display_name"), due, rs.getBoolean("required"),
                status, rs.getString("cancel_reason"), isOverdue(status, due, today), rs.getLong("version"));
    }

    /** Still open and due before today. */
    static boolean isOverdue(TaskStatus status, LocalDate due, LocalDate today) {
        return status.isOpen() && due != null && due.isBefore(today);
    }
}
