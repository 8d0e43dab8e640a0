package app.factdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleRow;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimRow;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.CreateClaim;
import app.factdesk.discussion.NotificationService;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.TaskStatus;
import app.factdesk.workspace.MemberEntry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim page as the place every list leads to, and the daily-work lists around it (issue 10). */
class ClaimHubUiIT extends KaribuTest {

    @Autowired
    VerdictDesk desks;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationService notifications;

    private long propose(VerdictDesk.Desk desk) {
        return users.as(desk.checker(), () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(1).id(), "The Kremlin readout says so.",
                List.of(desks.addSource(desk.claimId()))))).id();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_row_of_the_claims_grid_opens_the_claim_page() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.checker());
        UI.getCurrent().navigate("claims");
        @SuppressWarnings("unchecked")
        Grid<ClaimRow> grid = _get(Grid.class, spec -> spec.withId("claims-grid"));
        GridKt._clickItem(grid, 0);
        assertThat(location()).isEqualTo("claims/" + desk.claimId());
    }

    @Test
    void queue_and_dashboard_name_the_claim_and_an_approved_verdict_waits_in_sight_until_published() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk);
        login(desk.editor());

        UI.getCurrent().navigate("");
        Div awaiting = _get(Div.class, spec -> spec.withId("dashboard-awaiting"));
        assertThat(awaiting.getElement().getTextRecursively())
                .contains("Peskov said Putin and Biden had no contacts", "Fatima Checker");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-ready")).getText()).startsWith("0 ");

        UI.getCurrent().navigate("review");
        Anchor statement = _get(Anchor.class, spec -> spec.withId("review-claim-" + verdictId));
        assertThat(statement.getText()).isEqualTo("Peskov said Putin and Biden had no contacts");
        assertThat(statement.getHref()).isEqualTo("claims/" + desk.claimId());
        assertThat(_get(Div.class, spec -> spec.withId("ready-to-publish")).getElement().getTextRecursively())
                .contains("No approved verdicts");

        _click(_get(Button.class, spec -> spec.withId("verdict-approve-" + verdictId)));
        Div ready = _get(Div.class, spec -> spec.withId("ready-to-publish"));
        assertThat(ready.getElement().getTextRecursively()).contains("Peskov said Putin and Biden had no contacts");
        assertThat(_find(Div.class, spec -> spec.withId("review-item-" + verdictId))).hasSize(1);

        UI.getCurrent().navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-ready")).getText())
                .isEqualTo("1 approved, ready to publish");
    }

    @Test
    void my_tasks_shows_the_required_flag_and_moves_a_task_from_its_row() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        long checkerId = ((FactDeskUser) users.signIn(checker)).userId();
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = TwoWorkspaces.referenceArticle().indexOf(quote);
        ClaimDetails claim = users.as(editor, () -> claims.create(new CreateClaim(articleId, start,
                start + quote.length(), quote, new ClaimFields("Further contacts agreed", null, null, null,
                        List.of()), null)));
        TaskRow task = users.as(editor, () -> tasks.create(new NewTask(claim.id(), "Find the transcript", null,
                checkerId, null, true)));

        login(checker);
        UI.getCurrent().navigate("my-tasks");
        @SuppressWarnings("unchecked")
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("my-tasks-grid"));
        assertThat(GridKt._getCellComponent(grid, 0, "title").getElement().getTextRecursively())
                .isEqualTo("Find the transcript Required");

        Button startTask = (Button) GridKt._getCellComponent(grid, 0, "actions");
        assertThat(startTask.getText()).isEqualTo("Start");
        _click(startTask);
        expectNotifications("Started: Find the transcript");
        assertThat(tasks.ofClaim(claim.id()).get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        Button done = (Button) GridKt._getCellComponent(grid, 0, "actions");
        assertThat(done.getText()).isEqualTo("Mark done");
        _click(done);
        assertThat(tasks.ofClaim(claim.id()).get(0).status()).isEqualTo(TaskStatus.DONE);
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void bulk_assign_filters_by_states_article_and_claimant_and_says_what_happened() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long reference = fixtures.importReference(desk);
        long second = fixtures.importIn(desk, "Second article", "The minister said exports rose by 12 percent.",
                "en");
        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        fixtures.addMember(desk, Role.FACT_CHECKER, "Chadi Checker");
        String body = TwoWorkspaces.referenceArticle();
        users.as(editor, () -> {
            claims.create(new CreateClaim(reference, body.indexOf("بناءة ومثمرة"),
                    body.indexOf("بناءة ومثمرة") + "بناءة ومثمرة".length(), "بناءة ومثمرة",
                    new ClaimFields("Talks were constructive", "Yuri Ushakov", null, null, List.of()), null));
            ClaimDetails started = claims.create(new CreateClaim(reference, body.indexOf("دميتري كوزاك"),
                    body.indexOf("دميتري كوزاك") + "دميتري كوزاك".length(), "دميتري كوزاك",
                    new ClaimFields("Kozak led the delegation", "Dmitry Peskov", null, null, List.of()), null));
            claims.startVerification(started.id(), started.version());
            return claims.create(new CreateClaim(second, 4, 12, "minister",
                    new ClaimFields("Exports rose by 12 percent", "The minister", null, null, List.of()), null));
        });

        login(editor);
        UI.getCurrent().navigate(AssignTasksView.class);
        Grid<ClaimRow> grid = _get(Grid.class, spec -> spec.withId("assign-claims"));
        assertThat(GridKt._size(grid)).as("draft and in verification by default").isEqualTo(3);

        MultiSelectComboBox<ClaimState> states = _get(MultiSelectComboBox.class,
                spec -> spec.withId("assign-filter-states"));
        _setValue(states, Set.of(ClaimState.IN_VERIFICATION));
        assertThat(grid.getListDataView().getItems().map(ClaimRow::statement)).containsExactly(
                "Kozak led the delegation");

        _setValue(states, Set.of(ClaimState.DRAFT));
        ComboBox<ArticleRow> article = _get(ComboBox.class, spec -> spec.withId("assign-filter-article"));
        @SuppressWarnings("rawtypes")
        com.vaadin.flow.data.provider.DataProvider<ArticleRow, String> lazy =
                (com.vaadin.flow.data.provider.DataProvider) article.getDataProvider();
        List<ArticleRow> found = lazy.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, null, null, "SECOND"))
                .toList();
        assertThat(found).extracting(ArticleRow::title).containsExactly("Second article");
        ArticleRow secondRow = found.get(0);
        _setValue(article, secondRow);
        assertThat(grid.getListDataView().getItems().map(ClaimRow::statement)).containsExactly(
                "Exports rose by 12 percent");
        _setValue(article, null);
        _setValue(_get(TextField.class, spec -> spec.withId("assign-filter-claimant")), "ushakov");
        assertThat(grid.getListDataView().getItems().map(ClaimRow::statement)).containsExactly(
                "Talks were constructive");

        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        _setValue(_get(TextField.class, spec -> spec.withId("assign-title")), "Contact the claimant");
        ComboBox<MemberEntry> assignee = _get(ComboBox.class, spec -> spec.withId("assign-assignee"));
        _setValue(assignee, assignee.getListDataView().getItems()
                .filter(m -> m.displayName().equals("Chadi Checker")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("assign-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("assign-problem")).getText()).isEmpty();
        assertThat(GridKt._size(grid)).as("the claim moved into verification, out of the draft filter").isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("assign-outcome")).getText())
                .isEqualTo("Created “Contact the claimant” for Chadi Checker on 1 claims. 1 of them no longer match"
                        + " the filters (their state changed) and left the list; find them under Claims.");
    }

    @Test
    void a_sign_off_notification_is_marked_once_the_verdict_was_decided() {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk);
        login(desk.secondEditor());
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        var awaiting = notifications.latest(10).stream()
                .filter(n -> n.type() == app.factdesk.discussion.NotificationType.SIGN_OFF_AWAITED).findFirst()
                .orElseThrow();
        assertThat(_find(Span.class, spec -> spec.withId("notification-stale-" + awaiting.id()))).isEmpty();

        users.as(desk.editor(), () -> verdicts.approve(verdictId));
        login(desk.secondEditor());
        UI.getCurrent().navigate("review");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(_get(Span.class, spec -> spec.withId("notification-stale-" + awaiting.id())).getText())
                .isEqualTo("No longer applies");
    }

    @Test
    void saving_the_publisher_says_so_and_the_missing_publisher_notice_goes() {
        VerdictDesk.Desk desk = desks.create();
        login(desk.admin());
        UI.getCurrent().navigate("exports");
        assertThat(_find(Paragraph.class, spec -> spec.withId("export-publisher-needed"))).hasSize(1);
        _setValue(_get(TextField.class, spec -> spec.withId("report-settings-name")), "Desk Check");
        _setValue(_get(TextField.class, spec -> spec.withId("report-settings-url")), "https://check.example");
        _setValue(_get(TextField.class, spec -> spec.withId("report-settings-pattern")),
                "https://check.example/c/{claimId}");
        _click(_get(Button.class, spec -> spec.withId("report-settings-save")));
        expectNotifications("Publisher saved.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("export-publisher-needed"))).isEmpty();
    }
}
