package app.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workspace isolation held by PostgreSQL itself (ADR 017): row-level security answers a query that forgets its
 * filter with the current workspace's rows only, and composite foreign keys refuse a row whose parent lives in
 * another workspace, even when written past every policy by the tables' owner.
 */
@IntegrationTest
class IsolationIT {

    private static final List<String> WORKSPACE_TABLES = List.of("article", "claim", "dismissed_suggestion",
            "verification_task", "checklist_item", "claim_comment", "notification", "source", "evidence_file",
            "verdict_settings", "rating_label", "verdict", "verdict_source", "sign_off", "report_settings",
            "membership", "api_token", "audit_event", "mail_digest_item");

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TestUsers users;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    JdbcTemplate appJdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OwnerDatabase owner;

    private VerdictDesk.Desk a;
    private VerdictDesk.Desk b;

    @BeforeEach
    void twoDesksWithProposedVerdicts() {
        a = desks.create();
        b = desks.create();
        propose(a);
        propose(b);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void propose(VerdictDesk.Desk desk) {
        users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(0).id(), "The readout says so.", List.of(desks.addSource(desk.claimId())))));
    }

    @Test
    void the_application_connects_as_a_role_that_is_neither_superuser_nor_owner_nor_bypassing_security() {
        Map<String, Object> role = appJdbc.queryForMap("select r.rolname, r.rolsuper, r.rolbypassrls, "
                + "exists (select 1 from pg_tables t where t.tableowner = r.rolname) as owns "
                + "from pg_roles r where r.rolname = current_user");
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false)
                .containsEntry("owns", false);
        assertThat(role.get("rolname")).isEqualTo("factdesk_app");
    }

    @Test
    void every_table_with_a_workspace_column_has_forced_row_level_security_and_a_policy() {
        List<String> unprotected = owner.jdbc().queryForList("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                where c.relkind = 'r'
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'workspace_id'
                              and not a.attisdropped)
                  and not (c.relrowsecurity and c.relforcerowsecurity
                           and exists (select 1 from pg_policy p where p.polrelid = c.oid))
                """, String.class);
        assertThat(unprotected).isEmpty();
        List<String> withWorkspace = owner.jdbc().queryForList("select table_name from information_schema.columns "
                + "where table_schema = 'public' and column_name = 'workspace_id'", String.class);
        assertThat(withWorkspace).containsAll(WORKSPACE_TABLES);
    }

    @Test
    void a_query_that_forgets_its_workspace_filter_still_sees_only_the_current_workspace() {
        long workspaceA = a.other().workspaceId();
        users.as(a.checker(), () -> transactions.execute(status -> {
            for (String table : WORKSPACE_TABLES) {
                List<Long> seen = appJdbc.queryForList("select distinct workspace_id from " + table
                        + " where workspace_id is not null", Long.class);
                assertThat(seen).as("workspaces seen in %s", table).isSubsetOf(workspaceA);
                if (List.of("article", "claim", "source", "verdict", "verdict_source", "membership", "audit_event")
                        .contains(table)) {
                    assertThat(seen).as("workspaces seen in %s", table).containsExactly(workspaceA);
                }
            }
            List<Map<String, Object>> claims = appJdbc.queryForList("select * from claim");
            assertThat(claims).extracting(row -> row.get("id")).containsExactly(a.claimId());
            return null;
        }));
        assertThat(owner.jdbc().queryForObject("select count(distinct workspace_id) from claim", Long.class))
                .as("the database holds claims of several workspaces").isGreaterThan(1);
    }

    @Test
    void without_a_signed_in_member_no_workspace_row_is_visible() {
        transactions.execute(status -> {
            for (String table : WORKSPACE_TABLES) {
                assertThat(appJdbc.queryForObject("select count(*) from " + table + " where workspace_id is not null",
                        Long.class)).as("rows of %s", table).isZero();
            }
            return null;
        });
    }

    @Test
    void writing_a_row_into_another_workspace_is_refused_by_row_level_security() {
        long workspaceB = b.other().workspaceId();
        users.as(a.admin(), () -> {
            assertThatThrownBy(() -> transactions.execute(status -> appJdbc.update(
                    "insert into checklist_item (workspace_id, title, required, position) values (?, 'x', false, 1)",
                    workspaceB))).isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
            assertThatThrownBy(() -> transactions.execute(status -> appJdbc.update(
                    "update claim set workspace_id = ? where id = ?", workspaceB, a.claimId())))
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
            int touched = transactions.execute(status -> appJdbc.update(
                    "update claim set statement = 'moved' where workspace_id = ?", workspaceB));
            assertThat(touched).as("rows of another workspace an update can reach").isZero();
            return null;
        });
        assertThat(owner.jdbc().queryForObject("select workspace_id from claim where id = ?", Long.class,
                a.claimId())).isEqualTo(a.other().workspaceId());
    }

    @Test
    void a_row_whose_parent_lives_in_another_workspace_is_refused_by_the_schema_even_for_the_owner() {
        long wsA = a.other().workspaceId();
        JdbcTemplate db = owner.jdbc();
        long articleB = b.other().articleId();
        long claimB = b.claimId();
        long sourceB = db.queryForObject("select min(id) from source where claim_id = ?", Long.class, claimB);
        long verdictB = db.queryForObject("select id from verdict where claim_id = ?", Long.class, claimB);
        long verdictA = db.queryForObject("select id from verdict where claim_id = ?", Long.class, a.claimId());
        long labelB = db.queryForObject("select rating_label_id from verdict where id = ?", Long.class, verdictB);
        long userA = db.queryForObject("select user_id from membership where workspace_id = ? limit 1", Long.class,
                wsA);
        long taskB = db.queryForObject("insert into verification_task (workspace_id, claim_id, title, created_at, "
                + "updated_at) values (?, ?, 'Find the transcript', now(), now()) returning id", Long.class,
                b.other().workspaceId(), claimB);
        Map<String, String> hostile = new java.util.LinkedHashMap<>();
        hostile.put("claim", "insert into claim (workspace_id, article_id, statement, anchor_start, anchor_end, "
                + "quote_exact, quote_prefix, quote_suffix, origin, created_at, updated_at, search_language) "
                + "values (" + wsA + ", " + articleB + ", 'x', 0, 1, 'x', '', '', 'MANUAL', now(), now(), 'en')");
        hostile.put("dismissed_suggestion", "insert into dismissed_suggestion (workspace_id, article_id, "
                + "start_offset, end_offset, dismissed_at) values (" + wsA + ", " + articleB + ", 0, 1, now())");
        hostile.put("verification_task", "insert into verification_task (workspace_id, claim_id, title, "
                + "created_at, updated_at) values (" + wsA + ", " + claimB + ", 't', now(), now())");
        hostile.put("claim_comment", "insert into claim_comment (workspace_id, claim_id, author_id, body, "
                + "created_at) values (" + wsA + ", " + claimB + ", " + userA + ", 'b', now())");
        hostile.put("notification (claim)", "insert into notification (workspace_id, user_id, type, claim_id, "
                + "created_at) values (" + wsA + ", " + userA + ", 'MENTION', " + claimB + ", now())");
        hostile.put("notification (article)", "insert into notification (workspace_id, user_id, type, article_id, "
                + "created_at) values (" + wsA + ", " + userA + ", 'MENTION', " + articleB + ", now())");
        hostile.put("notification (task)", "insert into notification (workspace_id, user_id, type, task_id, "
                + "created_at) values (" + wsA + ", " + userA + ", 'TASK_ASSIGNED', " + taskB + ", now())");
        hostile.put("source", "insert into source (workspace_id, claim_id, url, title, type, accessed_on, stance, "
                + "reliability, added_at) values (" + wsA + ", " + claimB
                + ", 'https://example.org/x', 't', 'OTHER', current_date, 'CONTEXT', 3, now())");
        hostile.put("evidence_file", "insert into evidence_file (workspace_id, source_id, content) values (" + wsA
                + ", " + sourceB + ", '\\x01')");
        hostile.put("verdict (claim)", "insert into verdict (workspace_id, claim_id, rating_label_id, rationale, "
                + "status, approvals_required, proposed_by, proposed_at, return_reason) select " + wsA + ", " + claimB
                + ", rating_label_id, 'r', 'RETURNED', 1, proposed_by, now(), 'x' from verdict where id = " + verdictA);
        hostile.put("verdict (rating label)", "insert into verdict (workspace_id, claim_id, rating_label_id, "
                + "rationale, status, approvals_required, proposed_by, proposed_at, return_reason) select " + wsA
                + ", claim_id, " + labelB + ", 'r', 'RETURNED', 1, proposed_by, now(), 'x' from verdict where id = "
                + verdictA);
        hostile.put("verdict_source", "insert into verdict_source (workspace_id, verdict_id, source_id) values ("
                + wsA + ", " + verdictA + ", " + sourceB + ")");
        hostile.put("sign_off", "insert into sign_off (workspace_id, verdict_id, editor_id, decision, decided_at) "
                + "values (" + wsA + ", " + verdictB + ", " + userA + ", 'APPROVE', now())");
        hostile.forEach((table, sql) -> assertThatThrownBy(() -> owner.rolledBack(jdbc -> jdbc.execute(sql)))
                .as("a %s row pointing into another workspace", table)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503")));
        owner.rolledBack(jdbc -> assertThat(jdbc.update("insert into claim_comment (workspace_id, claim_id, "
                + "author_id, body, created_at) values (?, ?, ?, 'same desk', now())", wsA, a.claimId(), userA))
                .as("the same row within its own workspace").isEqualTo(1));
    }

    @Test
    void a_verdict_can_rely_only_on_sources_of_its_own_claim() {
        long wsA = a.other().workspaceId();
        long verdictA = owner.jdbc().queryForObject("select id from verdict where claim_id = ?", Long.class,
                a.claimId());
        long otherClaim = users.as(a.checker(), () -> {
            String body = articles.find(a.other().articleId()).orElseThrow().body();
            String exact = body.substring(0, 20);
            return claims.create(new CreateClaim(a.other().articleId(), 0, exact.length(), exact,
                    new ClaimFields("Another claim of the same desk", null, null, Priority.NORMAL, List.of()), null))
                    .id();
        });
        long otherClaimSource = users.as(a.checker(), () -> desks.addSource(otherClaim));
        assertThatThrownBy(() -> owner.rolledBack(jdbc -> jdbc.update("insert into verdict_source (workspace_id, "
                + "verdict_id, source_id) values (?, ?, ?)", wsA, verdictA, otherClaimSource)))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
