package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The audit grid's keyset page uses the chain index at any depth (ADR 023). */
@IntegrationTest
class AuditGridIT {

    @Autowired
    AuditDesk desks;
    @Autowired
    OwnerDatabase owner;

    @Test
    void a_deep_page_of_a_large_log_is_an_index_scan_without_a_sort() {
        long workspace = desks.create().workspaceId();
        owner.rolledBack(jdbc -> {
            jdbc.queryForObject("select set_config('factdesk.workspace_id', ?, true)", String.class,
                    Long.toString(workspace));
            // 200,000 events in this desk's chain (hashes need not chain here; the transaction is rolled back)
            jdbc.update("""
                    insert into audit_event (workspace_id, seq, occurred_at, actor_name, action, object_type,
                                             object_id, channel, prev_hash, hash)
                    select ?, 1000 + g, now() - make_interval(secs => 200000 - g), 'bench', 'claim.edited', 'claim',
                           (g % 500)::text, 'UI', repeat('0', 64), repeat('1', 64)
                    from generate_series(1, 200000) g
                    """, workspace);
            jdbc.execute("analyze audit_event");
            AuditQuery query = AuditQuery.of(workspace, AuditFilter.NONE);
            query.params().addValue("before", 5_000L).addValue("skip", 0).addValue("limit", 50);
            List<String> plan = new NamedParameterJdbcTemplate(jdbc).queryForList(
                    "explain " + AuditService.pageBeforeSql(query), query.params(), String.class);
            String text = String.join("\n", plan);
            assertThat(text).contains("Index Scan Backward using audit_event_chain_seq").doesNotContain("Sort");
        });
    }
}
