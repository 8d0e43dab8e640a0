package app.factdesk.desk.ui;

import app.factdesk.article.ArticleRow;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimQueries;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.TaskRow;
import app.factdesk.verification.TaskService;
import app.factdesk.verification.Workload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** The start page: where the desk stands and what waits for me. */
@Route("")
@PermitAll
@Menu(title = "menu.dashboard", order = 5, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHORT_STATEMENT = 90;

    private final ClaimService claimDetails;

    public DashboardView(CurrentUser currentUser, ClaimQueries claims, TaskService tasks, VerdictService verdicts,
            ArticleService articles, ClaimService claimDetails) {
        this.claimDetails = claimDetails;
        addClassName("dashboard");
        add(new H1(getTranslation("dashboard.title")));
        FactDeskUser me = currentUser.require();
        if (me.workspace() == null) {
            Paragraph none = new Paragraph(getTranslation("workspace.none-explained"));
            none.setId("no-workspace");
            add(none);
            return;
        }
        Role role = me.workspace().role();
        add(stateCounts(claims.countsByState()));
        add(titled("dashboard.my-tasks", myTasks(tasks.myOpenTasks())));
        if (role.includes(Role.EDITOR)) {
            add(titled("dashboard.awaiting-me", awaiting(verdicts.awaitingSignOff().stream()
                    .filter(v -> v.proposedBy() != me.userId()).toList())));
            add(titled("dashboard.ready-to-publish", ready(verdicts.readyToPublish().size())));
            add(titled("dashboard.workload", workload(tasks.workload())));
        }
        add(titled("dashboard.recent-articles", recent(articles.list(0, 5))));
    }

    private Div stateCounts(Map<ClaimState, Integer> counts) {
        Div row = new Div();
        row.setId("dashboard-states");
        row.addClassName("dashboard-states");
        for (ClaimState state : ClaimState.values()) {
            Div card = new Div();
            card.addClassNames("state-count", "state-" + state.name().toLowerCase(java.util.Locale.ROOT));
            Span number = new Span(app.factdesk.shared.ui.Formats.number(counts.getOrDefault(state, 0), getLocale()));
            number.addClassName("state-count-number");
            card.add(number, new Span(getTranslation("state." + state.name())));
            row.add(card);
        }
        return row;
    }

    private Component myTasks(List<TaskRow> mine) {
        if (mine.isEmpty()) {
            return new Paragraph(getTranslation("dashboard.no-tasks"));
        }
        Div list = new Div();
        list.setId("dashboard-my-tasks");
        for (TaskRow task : mine) {
            Div line = new Div(new Anchor("claims/" + task.claimId(), task.title()));
            line.addClassName("dashboard-line");
            Span claim = new Span(task.claimStatement());
            claim.getElement().setAttribute("dir", "auto");
            line.add(claim);
            if (task.dueDate() != null) {
                Span due = new Span(getTranslation(task.overdue() ? "dashboard.overdue" : "dashboard.due",
                        app.factdesk.shared.ui.Formats.date(task.dueDate(), getLocale())));
                due.getElement().getThemeList().add(task.overdue() ? "badge error" : "badge");
                line.add(due);
            }
            list.add(line);
        }
        return list;
    }

    private Component awaiting(List<VerdictRow> rows) {
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation("dashboard.nothing-awaiting"));
        }
        Div list = new Div();
        list.setId("dashboard-awaiting");
        var statements = claimDetails.findAll(rows.stream().map(VerdictRow::claimId).toList());
        rows.forEach(v -> {
            var claim = statements.get(v.claimId());
            String statement = claim == null ? "" : shorten(claim.statement());
            Anchor link = new Anchor("claims/" + v.claimId(), statement);
            link.getElement().setAttribute("dir", "auto");
            if (claim != null) {
                link.getElement().setAttribute("title", claim.statement());
            }
            Div line = new Div(link, new Span(getTranslation("dashboard.verdict-by", v.proposerName())));
            line.addClassName("dashboard-line");
            list.add(line);
        });
        return list;
    }

    private Component ready(int count) {
        Anchor link = new Anchor("review#ready-to-publish-title", getTranslation("dashboard.ready-count", count));
        link.setId("dashboard-ready");
        return new Div(link);
    }

    /** A statement cut at a word boundary near {@value #SHORT_STATEMENT} characters, with an ellipsis. */
    static String shorten(String statement) {
        if (statement.length() <= SHORT_STATEMENT) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', SHORT_STATEMENT);
        if (cut < SHORT_STATEMENT / 2) {
            cut = SHORT_STATEMENT;
        }
        if (Character.isHighSurrogate(statement.charAt(cut - 1))) {
            cut--;
        }
        return statement.substring(0, cut).strip() + "…";
    }

    private Component workload(List<Workload> rows) {
        Grid<Workload> grid = new Grid<>();
        grid.setId("dashboard-workload");
        grid.setAllRowsVisible(true);
        grid.addColumn(Workload::name).setHeader(getTranslation("dashboard.member"));
        grid.addColumn(Workload::open).setHeader(getTranslation("dashboard.open-tasks"));
        grid.addColumn(Workload::overdue).setHeader(getTranslation("dashboard.overdue-tasks"));
        grid.setItems(rows);
        return grid;
    }

    private Component recent(List<ArticleRow> rows) {
        Div list = new Div();
        list.setId("dashboard-articles");
        rows.forEach(a -> {
            Anchor link = new Anchor("articles/" + a.id(), a.title());
            link.getElement().setAttribute("dir", a.direction());
            Div line = new Div(link);
            line.addClassName("dashboard-line");
            list.add(line);
        });
        list.add(new Anchor("articles", getTranslation("dashboard.all-articles")));
        return list;
    }

    private Div titled(String titleKey, Component content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.addClassName("dashboard-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
