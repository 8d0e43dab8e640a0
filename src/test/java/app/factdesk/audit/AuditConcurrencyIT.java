package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditConcurrencyIT {

    private static final int THREADS = 8;
    private static final int CLAIMS_EACH = 6;

    @Autowired
    AuditDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    AuditService audit;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void eight_threads_appending_at_once_leave_one_unbroken_chain() throws Exception {
        AuditDesk.Desk desk = desks.create();
        long before = desks.events(desk.workspaceId());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    users.signIn(desk.editor());
                    try {
                        start.await();
                        for (int i = 0; i < CLAIMS_EACH; i++) {
                            desks.claim(desk, "thread " + thread + " claim " + i);
                        }
                    } finally {
                        TestUsers.signOut();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long expected = before + THREADS * CLAIMS_EACH;
        assertThat(ownerDatabase.jdbc().queryForList("select seq from audit_event where workspace_id = ? order by seq", Long.class,
                desk.workspaceId())).hasSize((int) expected).doesNotHaveDuplicates()
                .last().isEqualTo(expected);
        users.signIn(desk.editor());
        ChainVerification chain = audit.verifyChain();
        assertThat(chain.ok()).as(chain.reason()).isTrue();
        assertThat(chain.count()).isEqualTo(expected);
    }
}
