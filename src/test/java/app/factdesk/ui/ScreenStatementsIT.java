package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.StatementCounter;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.desk.ui.DashboardView;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verdict.ui.ReviewQueueView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screens run a number of SQL statements that does not grow with the rows they show (ADR 023): each is opened on a
 * desk with 1 row and on one with 50, and both must take the same count of statements.
 */
class ScreenStatementsIT extends KaribuTest {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;

    /** A desk with {@code n} proposed verdicts, each on its own claim with its own source. */
    private VerdictDesk.Desk deskWithProposedVerdicts(int n) {
        VerdictDesk.Desk desk = desks.create();
        users.as(desk.checker(), () -> {
            long first = desk.claimId();
            long articleId = claims.find(first).orElseThrow().articleId();
            String body = articles.find(articleId).orElseThrow().body();
            long label = ratings.activeLabels().get(1).id();
            for (int i = 0; i < n; i++) {
                long claimId = first;
                if (i > 0) {
                    int start = 10 * i;
                    String exact = body.substring(start, start + 8);
                    ClaimDetails claim = claims.create(new CreateClaim(articleId, start, start + 8, exact,
                            new ClaimFields("Claim number " + i, "Someone", null, Priority.NORMAL, List.of()),
                            null));
                    claimId = claims.startVerification(claim.id(), claim.version()).id();
                }
                verdicts.propose(new ProposeVerdict(claimId, label, "Rationale " + i,
                        List.of(desks.addSource(claimId))));
            }
            return null;
        });
        return desk;
    }

    private long statementsToOpen(VerdictDesk.Desk desk, Class<? extends com.vaadin.flow.component.Component> view,
            int expectedItems) {
        // a fresh browser tab with the application shell already open, then the screen under test
        stopVaadin();
        startVaadin();
        login(desk.editor());
        UI.getCurrent().navigate(app.factdesk.security.ui.ProfileView.class);
        long statements = StatementCounter.count(() -> UI.getCurrent().navigate(view));
        if (view == ReviewQueueView.class) {
            assertThat(_find(Div.class, spec -> spec.withClasses("review-item"))).hasSize(expectedItems);
        }
        return statements;
    }

    @Test
    void the_review_queue_and_the_dashboard_take_as_many_statements_for_50_verdicts_as_for_1() {
        VerdictDesk.Desk one = deskWithProposedVerdicts(1);
        VerdictDesk.Desk fifty = deskWithProposedVerdicts(50);

        long queueOne = statementsToOpen(one, ReviewQueueView.class, 1);
        long queueFifty = statementsToOpen(fifty, ReviewQueueView.class, 50);
        assertThat(queueFifty).as("review queue: statements with 50 verdicts vs 1").isEqualTo(queueOne);

        long dashboardOne = statementsToOpen(one, DashboardView.class, 1);
        long dashboardFifty = statementsToOpen(fifty, DashboardView.class, 50);
        assertThat(dashboardFifty).as("dashboard: statements with 50 verdicts vs 1").isEqualTo(dashboardOne);
    }

    @Autowired
    app.factdesk.TwoWorkspaces workspaces;

    @Test
    void the_article_list_reads_no_bodies_and_as_many_statements_for_50_articles_as_for_1() {
        app.factdesk.TwoWorkspaces.Other one = workspaces.createOther(); // B's article
        app.factdesk.TwoWorkspaces.Other fifty = workspaces.createOther();
        users.as(fifty.adminUsername(), () -> {
            for (int i = 1; i < 50; i++) {
                articles.importArticle(new app.factdesk.article.ImportArticle("Article " + i,
                        "Body of article " + i + " in desk " + fifty.workspaceId() + ". " + "x".repeat(1000), null,
                        null, null, null, null, null), false);
            }
            return null;
        });
        long[] counts = new long[2];
        int i = 0;
        for (app.factdesk.TwoWorkspaces.Other desk : List.of(one, fifty)) {
            stopVaadin();
            startVaadin();
            login(desk.adminUsername());
            UI.getCurrent().navigate(app.factdesk.security.ui.ProfileView.class);
            int expected = desk == one ? 1 : 50;
            List<String> sql = StatementCounter.sql(() -> {
                UI.getCurrent().navigate(app.factdesk.article.ui.ArticleListView.class);
                @SuppressWarnings("unchecked")
                com.vaadin.flow.component.grid.Grid<app.factdesk.article.ArticleRow> grid =
                        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.grid.Grid.class);
                assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 50)).hasSize(expected);
            });
            assertThat(sql).as("article list SQL").noneMatch(text -> text.matches("(?is).*\\bbody\\b.*"));
            counts[i++] = sql.size();
        }
        assertThat(counts[1]).as("article list: statements with 50 articles vs 1").isEqualTo(counts[0]);
        users.as(fifty.adminUsername(), () -> {
            assertThat(articles.list(0, 100)).hasSize(50);
            assertThat(articles.list(7, 5)).extracting(app.factdesk.article.ArticleRow::title)
                    .containsExactlyElementsOf(articles.list(0, 100).subList(7, 12).stream()
                            .map(app.factdesk.article.ArticleRow::title).toList());
            return null;
        });
    }
}
