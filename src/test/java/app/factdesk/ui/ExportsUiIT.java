package app.factdesk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.factdesk.TestUsers;
import app.factdesk.article.ArticleRow;
import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditService;
import app.factdesk.report.ExportJobRow;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportStatus;
import app.factdesk.report.ui.ExportsView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportsUiIT extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    app.factdesk.TwoWorkspaces fixtures;

    @Autowired
    AuditService audit;

    @Autowired
    app.factdesk.article.ArticleService articles;

    @Autowired
    app.factdesk.claim.ClaimService claims;

    @SuppressWarnings("unchecked")
    private static Grid<ExportJobRow> grid() {
        return _get(Grid.class, spec -> spec.withId("exports-grid"));
    }

    /** What the browser does once a second while an export runs: a poll, then the server's answer. */
    private static ExportJobRow newestAfterPoll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        MockVaadin.clientRoundtrip();
        return GridKt._get(grid(), 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_starts_an_article_report_sees_it_finish_and_gets_a_download_link() {
        login(TestUsers.EDITOR);
        UI.getCurrent().navigate(ExportsView.class);
        int before = GridKt._size(grid());

        Select<ExportKind> kind = _get(Select.class, spec -> spec.withId("export-kind"));
        kind.setValue(ExportKind.PDF);
        ComboBox<ArticleRow> article = _get(ComboBox.class, spec -> spec.withId("export-article"));
        ArticleRow first = article.getListDataView().getItems().findFirst().orElseThrow();
        article.setValue(first);
        _click(_get(Button.class, spec -> spec.withId("export-start")));

        assertThat(GridKt._size(grid())).isEqualTo(before + 1);
        assertThat(GridKt._get(grid(), 0).fileName()).isEqualTo("audit-report-article-" + first.id() + ".pdf");
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> newestAfterPoll().status() == ExportStatus.DONE);

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Ready");
        var created = audit.page(new AuditFilter(null, "export.created", null, null, null, null),
                0, 1).get(0);
        assertThat(created.objectId()).isEqualTo(GridKt._get(grid(), 0).id());
        assertThat(created.channel()).isEqualTo("UI");
        Anchor link = (Anchor) GridKt._getCellComponent(grid(), 0, "download");
        assertThat(link.getText()).isEqualTo("Download");
        assertThat(link.isDownload()).isTrue();
        // A cell component Karibu renders is not attached, so its download handler is not registered yet: attach it.
        UI.getCurrent().add(link);
        assertThat(link.getHref()).contains("VAADIN/dynamic/resource");
        byte[] pdf = DownloadKt._download(link);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_asks_for_a_date_range_report_and_a_too_long_range_is_refused() {
        login(TestUsers.EDITOR);
        UI.getCurrent().navigate(ExportsView.class);
        _get(Select.class, spec -> spec.withId("export-kind")).setValue(ExportKind.JSON);
        _get(RadioButtonGroup.class, spec -> spec.withId("export-scope"))
                .setValue(_get(RadioButtonGroup.class,
                        spec -> spec.withId("export-scope")).getListDataView().getItem(1));
        assertThat(_find(ComboBox.class, spec -> spec.withId("export-article"))).isEmpty();
        var today = LocalDate.now(ZoneOffset.UTC);
        var from = _get(DatePicker.class, spec -> spec.withId("export-from"));
        var to = _get(DatePicker.class, spec -> spec.withId("export-to"));
        from.setValue(today.minusDays(400));
        to.setValue(today);
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        NotificationsKt
                .expectNotifications("A report covers at most 366 days; choose a shorter range.");

        from.setValue(today);
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        assertThat(GridKt._get(grid(), 0).fileName()).isEqualTo("audit-report-" + today + "-to-" + today + ".json");
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> newestAfterPoll().status() == ExportStatus.DONE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_background_pdf_of_more_claims_than_the_limit_fails_and_the_list_says_what_the_limit_is() {
        var other = fixtures.createOther();
        String editor = fixtures.addMember(other, app.factdesk.security.Role.EDITOR, "Limit Editor");
        int count = app.factdesk.ManyClaims.OVER_THE_PDF_LIMIT;
        long articleId = fixtures.importIn(other, "A very long article", app.factdesk.ManyClaims.body(count), "en");
        users.as(editor, () -> {
            app.factdesk.ManyClaims.claimEach(articles, claims, articleId, count);
            return null;
        });
        login(editor);
        UI.getCurrent().navigate(ExportsView.class);
        _get(Select.class, spec -> spec.withId("export-kind")).setValue(ExportKind.PDF);
        ComboBox<ArticleRow> article = _get(ComboBox.class, spec -> spec.withId("export-article"));
        article.setValue(article.getListDataView().getItems().filter(row -> row.id() == articleId).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> newestAfterPoll().status() == ExportStatus.FAILED);
        assertThat(GridKt._getFormattedRow(grid(), 0)).anyMatch(cell -> cell.contains(
                "A PDF report holds at most 300 claims and this one has more."));
    }

    @Test
    void a_checker_opening_the_exports_page_gets_access_denied() {
        login(TestUsers.CHECKER);
        UI.getCurrent().navigate("exports");
        assertThat(_find(ExportsView.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("export-start"))).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Access denied");
    }

    @Test
    void without_a_publisher_the_page_says_so_up_front_and_links_admins_to_the_setting() {
        app.factdesk.TwoWorkspaces.Other desk = fixtures.createOther();
        login(fixtures.addMember(desk, app.factdesk.security.Role.EDITOR, "Elias Editor"));
        UI.getCurrent().navigate(ExportsView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("export-publisher-needed")).getText())
                .startsWith("An admin must set the ClaimReview publisher first.");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-publisher-link"))).as("editors get no link")
                .isEmpty();

        login(desk.adminUsername());
        UI.getCurrent().navigate(ExportsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-publisher-link")).getHref())
                .isEqualTo("#report-settings-title");
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("report-settings-title")))
                .hasSize(1);
    }
}
