package app.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PDF reports in progress share a budget of claims: a report whose claims do not fit waits for the others. */
class ClaimBudgetTest {

    /** Reports waiting in threads of their own, interrupted (so they give up waiting) after each test. */
    private final ExecutorService reports = Executors.newCachedThreadPool();

    @AfterEach
    void stopWaiting() throws InterruptedException {
        reports.shutdownNow();
        assertThat(reports.awaitTermination(5, TimeUnit.SECONDS)).as("waiting reports give up when interrupted")
                .isTrue();
    }

    private Future<Boolean> render(ClaimBudget budget, int... claims) {
        return reports.submit(() -> {
            ClaimBudget.Held[] held = new ClaimBudget.Held[claims.length];
            for (int i = 0; i < claims.length; i++) {
                held[i] = budget.hold(claims[i]);
            }
            for (ClaimBudget.Held h : held) {
                h.close();
            }
            return true;
        });
    }

    @Test
    void a_report_waits_until_its_claims_fit_and_smaller_ones_run_side_by_side() throws Exception {
        ClaimBudget budget = new ClaimBudget(10_000);
        ClaimBudget.Held first = budget.hold(6_000);
        ClaimBudget.Held small = budget.hold(4_000); // fits beside the first

        Future<Boolean> large = render(budget, 10_000);
        Thread.sleep(200);
        assertThat(large).as("waits while 10,000 claims are held").isNotDone();

        first.close();
        Thread.sleep(200);
        assertThat(large).as("still waits: 4,000 claims are held").isNotDone();

        small.close();
        assertThat(large.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(render(budget, 10_000).get(5, TimeUnit.SECONDS)).as("the whole budget is free again").isTrue();
    }

    @Test
    void a_download_that_does_not_fit_now_is_told_at_once_and_passes_no_report_already_waiting() throws Exception {
        ClaimBudget budget = new ClaimBudget(10_000);
        ClaimBudget.Held background = budget.hold(8_000);
        assertThat(budget.holdNow(3_000)).as("does not fit beside 8,000 claims: refused, not waiting").isEmpty();
        Future<Boolean> waiting = render(budget, 5_000);
        Thread.sleep(200);
        assertThat(budget.holdNow(1_000)).as("would fit, but a report waits before it").isEmpty();
        background.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        try (ClaimBudget.Held now = budget.holdNow(10_000).orElseThrow()) {
            assertThat(budget.holdNow(1)).as("the whole budget is held").isEmpty();
        }
    }

    @Test
    void a_report_larger_than_the_budget_holds_all_of_it_an_empty_one_holds_one_and_claims_go_back_once()
            throws Exception {
        ClaimBudget budget = new ClaimBudget(3);
        ClaimBudget.Held all = budget.hold(50);
        Future<Boolean> empty = render(budget, 0);
        Thread.sleep(200);
        assertThat(empty).as("even a report of audit events only waits for the budget").isNotDone();
        all.close();
        assertThat(empty.get(5, TimeUnit.SECONDS)).isTrue();

        all.close(); // closed again: its claims go back once
        Future<Boolean> more = render(budget, 3, 1);
        Thread.sleep(200);
        assertThat(more).as("3 claims in the budget, not 4").isNotDone();
    }
}
