package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimEdited;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.StaleClaimException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTransactionIT {

    @Autowired
    AuditDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    JdbcTemplate appJdbc;

    private AuditDesk.Desk desk;
    private ClaimDetails claim;

    @BeforeEach
    void aClaimToEdit() {
        desk = desks.create();
        users.signIn(desk.editor());
        claim = desks.claim(desk, "original wording");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private ClaimFields reworded() {
        return new ClaimFields("new wording", null, null, null, List.of());
    }

    private String statementNow() {
        return claims.find(claim.id()).orElseThrow().statement();
    }

    @Test
    void a_failure_after_the_change_and_before_commit_leaves_neither_the_change_nor_its_event() {
        long before = desks.events(desk.workspaceId());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            claims.edit(claim.id(), claim.version(), reworded());
            assertThat(desks.events(desk.workspaceId(), "claim.edited", claim.id())).isEqualTo(1);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("disk full");
                }
            });
        })).hasMessage("disk full");
        assertThat(statementNow()).isEqualTo("original wording");
        assertThat(desks.events(desk.workspaceId())).isEqualTo(before);
    }

    @Test
    void when_the_audit_row_cannot_be_written_the_change_is_rolled_back() throws Exception {
        long before = desks.events(desk.workspaceId());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> ownerDatabase.inTransaction(owner -> {
            owner.queryForList("select * from audit_chain_head where chain_id = ? for update", desk.workspaceId());
            locked.countDown();
            await(release);
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                appJdbc.execute("set local lock_timeout = '300ms'");
                claims.edit(claim.id(), claim.version(), reworded());
            })).isInstanceOf(DataAccessException.class);
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        assertThat(statementNow()).isEqualTo("original wording");
        assertThat(desks.events(desk.workspaceId())).isEqualTo(before);
    }

    @Test
    void a_refused_change_records_no_event() {
        claims.edit(claim.id(), claim.version(), reworded());
        long before = desks.events(desk.workspaceId());
        assertThatThrownBy(() -> claims.edit(claim.id(), claim.version(), reworded()))
                .isInstanceOf(StaleClaimException.class);
        assertThat(desks.events(desk.workspaceId())).isEqualTo(before);
    }

    @Test
    void an_event_published_outside_a_transaction_is_refused_and_not_recorded() {
        long before = desks.events(desk.workspaceId());
        assertThatThrownBy(() -> publisher.publishEvent(new ClaimEdited(desk.workspaceId(), claim.id(),
                Map.of("statement", "x"), Map.of("statement", "forged"))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(desks.events(desk.workspaceId())).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
