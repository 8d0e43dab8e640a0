package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.shared.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class VerdictConcurrencyIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;

    @Test
    void two_editors_approving_at_once_when_one_approval_is_needed_gives_exactly_one_approval() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(0).id(), "The readout says so.",
                List.of(desks.addSource(desk.claimId()))))).id();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String editor : List.of(desk.editor(), desk.secondEditor())) {
            Callable<String> approve = () -> users.as(editor, () -> {
                try {
                    start.await();
                    verdicts.approve(verdictId);
                    return "approved";
                } catch (UserFacingException refused) {
                    return refused.messageKey();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            });
            outcomes.add(pool.submit(approve));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "verdict.already-decided");
        VerdictRow verdict = users.as(desk.editor(), () -> verdicts.find(verdictId).orElseThrow());
        assertThat(verdict.status()).isEqualTo(VerdictStatus.APPROVED);
        assertThat(verdict.signOffs()).hasSize(1);
        assertThat(users.as(desk.editor(), () -> claims.find(desk.claimId()).orElseThrow().state()))
                .isEqualTo(ClaimState.APPROVED);
    }
}
