package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tampering as someone with the table owner's rights would, triggers switched off: the verifier must notice. */
@IntegrationTest
class AuditTamperIT {

    private static final long MIDDLE = 4;

    @Autowired
    AuditDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    AuditService audit;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private AuditDesk.Desk desk;
    private ChainVerification saved;

    @BeforeEach
    void deskWithSevenEvents() {
        desk = desks.create();
        users.signIn(desk.editor());
        for (int i = 0; i < 5; i++) {
            desks.claim(desk, "claim " + i);
        }
        saved = audit.verifyChain();
        assertThat(saved.ok()).isTrue();
        assertThat(saved.count()).isEqualTo(7);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void tamper(String table, String sql, Object... args) {
        ownerDatabase.jdbc().execute("alter table " + table + " disable trigger user");
        try {
            ownerDatabase.jdbc().update(sql, args);
        } finally {
            ownerDatabase.jdbc().execute("alter table " + table + " enable trigger user");
        }
    }

    private void tamperRow(long seq, String assignment) {
        tamper("audit_event", "update audit_event set " + assignment + " where workspace_id = ? and seq = ?",
                desk.workspaceId(), seq);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "actor_name = 'X' || substr(actor_name, 2)",
            "action = 'claim.createD'",
            "object_id = object_id || '0'",
            "occurred_at = occurred_at + interval '1 microsecond'",
            "actor_id = actor_id + 1",
            "channel = 'API'",
            "after = jsonb_set(after, '{statement}', '\"claim 9\"')",
            "before = '{}'::jsonb",
            // flip the first hex digit (never a no-op, unlike overwriting it with a fixed digit)
            "hash = (case when left(hash, 1) = '0' then '1' else '0' end) || substr(hash, 2)",
            "prev_hash = (case when left(prev_hash, 1) = '0' then '1' else '0' end) || substr(prev_hash, 2)",
            "workspace_id = workspace_id + 1000000"})
    void changing_one_field_of_a_middle_event_is_caught_at_that_event(String assignment) {
        long id = ownerDatabase.jdbc().queryForObject("select id from audit_event where workspace_id = ? and seq = ?", Long.class,
                desk.workspaceId(), MIDDLE);
        tamperRow(MIDDLE, assignment);
        ChainVerification result = audit.verifyChain();
        assertThat(result.ok()).as(assignment).isFalse();
        if (assignment.startsWith("workspace_id")) {
            assertThat(result.badSeq()).isEqualTo(MIDDLE + 1);
        } else {
            assertThat(result.badSeq()).as(result.reason()).isEqualTo(MIDDLE);
            assertThat(result.badId()).isEqualTo(id);
        }
    }

    @Test
    void deleting_a_middle_event_is_caught_at_the_next_one() {
        tamper("audit_event", "delete from audit_event where workspace_id = ? and seq = ?", desk.workspaceId(),
                MIDDLE);
        ChainVerification result = audit.verifyChain();
        assertThat(result.ok()).isFalse();
        assertThat(result.badSeq()).isEqualTo(MIDDLE + 1);
        assertThat(result.reason()).contains("expected event " + MIDDLE);
    }

    @Test
    void swapping_the_content_of_two_events_is_caught_at_the_first() {
        tamper("audit_event", """
                update audit_event a set after = b.after, object_id = b.object_id, hash = b.hash,
                    prev_hash = b.prev_hash, occurred_at = b.occurred_at
                from audit_event b
                where a.workspace_id = ? and b.workspace_id = a.workspace_id
                  and a.seq in (3, 5) and b.seq in (3, 5) and a.seq <> b.seq
                """, desk.workspaceId());
        ChainVerification result = audit.verifyChain();
        assertThat(result.ok()).isFalse();
        assertThat(result.badSeq()).isEqualTo(3);
    }

    @Test
    void cutting_off_the_tail_is_caught_by_the_head_and_by_a_saved_head() {
        tamper("audit_event", "delete from audit_event where workspace_id = ? and seq > 5", desk.workspaceId());
        ChainVerification result = audit.verifyChain();
        assertThat(result.ok()).isFalse();
        assertThat(result.badSeq()).isEqualTo(6);
        assertThat(result.reason()).contains("head records event 7");

        String fifthHash = ownerDatabase.jdbc().queryForObject("select hash from audit_event where workspace_id = ? and seq = 5",
                String.class, desk.workspaceId());
        tamper("audit_chain_head", "update audit_chain_head set last_seq = 5, last_hash = ? where chain_id = ?",
                fifthHash, desk.workspaceId());
        ChainVerification rewritten = audit.verifyChain();
        assertThat(rewritten.ok()).isTrue();
        assertThat(rewritten.count()).isNotEqualTo(saved.count());
        assertThat(rewritten.headHash()).isNotEqualTo(saved.headHash());
    }

    @Test
    void with_its_triggers_on_the_log_refuses_update_delete_and_truncate() {
        long ws = desk.workspaceId();
        assertThatThrownBy(() -> ownerDatabase.jdbc().update("update audit_event set action = 'x' where workspace_id = ?", ws))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> ownerDatabase.jdbc().update("delete from audit_event where workspace_id = ?", ws))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> ownerDatabase.jdbc().execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> ownerDatabase.jdbc().update("delete from audit_chain_head where chain_id = ?", ws))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> ownerDatabase.jdbc().update("update audit_chain_head set last_seq = 1 where chain_id = ?", ws))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("only advances");
        assertThat(audit.verifyChain()).isEqualTo(saved);
    }

    @Test
    void the_refusals_these_tests_provoke_do_not_reach_the_test_log_as_server_errors() {
        // The embedded server's own echo ("ERROR:  audit_event is append-only: UPDATE refused") goes through this
        // logger at INFO; in tests it is off, the refusal is asserted as an exception above.
        assertThat(org.slf4j.LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
                .isInfoEnabled()).isFalse();
    }
}
