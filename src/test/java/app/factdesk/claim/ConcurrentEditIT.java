package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fifty people saving the same claim from the same version: one wins each round, the rest are told, and the audit
 * log holds exactly one event per win.
 */
@IntegrationTest
class ConcurrentEditIT {

    private static final int WRITERS = 50;
    private static final int ROUNDS = 20;

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @Test
    void exactly_one_of_fifty_concurrent_saves_wins_each_round_and_the_rest_get_the_conflict() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        List<String> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(fixtures.addMember(desk, Role.FACT_CHECKER, "Writer " + i));
        }
        String body = TwoWorkspaces.referenceArticle();
        String quote = "بناءة ومثمرة";
        ClaimDetails created = users.as(writers.get(0), () -> claims.create(new CreateClaim(articleId,
                body.indexOf(quote), body.indexOf(quote) + quote.length(), quote,
                new ClaimFields("round 0", null, null, null, List.of()), null)));

        long claimId = created.id();
        long version = created.version();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long expected = version;
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger conflicts = new AtomicInteger();
                List<Future<String>> saves = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String writer = writers.get(w);
                    String text = "round " + round + " by " + writer;
                    saves.add(pool.submit(() -> {
                        start.await();
                        try {
                            users.as(writer, () -> claims.edit(claimId, expected,
                                    new ClaimFields(text, null, null, null, List.of())));
                            return text;
                        } catch (StaleClaimException stale) {
                            conflicts.incrementAndGet();
                            return null;
                        }
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<String> save : saves) {
                    String won = save.get();
                    if (won != null) {
                        winners.add(won);
                    }
                }
                assertThat(winners).as("round " + round).hasSize(1);
                assertThat(conflicts.get()).isEqualTo(WRITERS - 1);
                ClaimDetails now = users.as(writers.get(0), () -> claims.find(claimId).orElseThrow());
                assertThat(now.statement()).isEqualTo(winners.get(0));
                assertThat(now.version()).isEqualTo(expected + 1);
                version = now.version();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ownerDatabase.jdbc().queryForObject("select count(*) from audit_event where object_type = 'claim'"
                + " and object_id = ? and action = 'claim.edited'", Integer.class, String.valueOf(claimId)))
                .as("one audit event per successful save").isEqualTo(ROUNDS);
    }
}
