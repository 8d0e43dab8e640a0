package app.factdesk.article.ui;

import app.factdesk.article.ArticleRow;
import app.factdesk.article.ArticleService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The articles of the current workspace, newest first; a click opens one. */
@Route("articles")
@PermitAll
@Menu(title = "menu.articles", order = 10, icon = "vaadin:newspaper")
public class ArticleListView extends VerticalLayout implements HasDynamicTitle {

    public ArticleListView(ArticleService articles, CurrentUser currentUser, ChangeFeed changes) {
        setSizeFull();
        add(new H1(getTranslation("articles.title")));
        if (currentUser.require().workspace() == null) {
            Paragraph none = new Paragraph(getTranslation("workspace.none-explained"));
            none.setId("no-workspace");
            add(none);
            return;
        }
        Grid<ArticleRow> grid = new Grid<>();
        grid.setId("articles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArticleRow::title).setHeader(getTranslation("articles.column.title")).setFlexGrow(4)
                .setClassNameGenerator(row -> "rtl".equals(row.direction()) ? "cell-rtl" : "cell-ltr");
        grid.addColumn(ArticleRow::outlet).setHeader(getTranslation("articles.column.outlet")).setFlexGrow(1);
        grid.addColumn(row -> row.publishedOn() == null ? "" : app.factdesk.shared.ui.Formats.date(row.publishedOn(), getLocale()))
                .setHeader(getTranslation("articles.column.published")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("language." + row.language()))
                .setHeader(getTranslation("articles.column.language")).setAutoWidth(true);
        grid.setItems(query -> articles.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) articles.count());
        app.factdesk.shared.ui.RowOpener.open(grid, row -> "articles/" + row.id());
        add(grid);
        LiveRefresh.refreshOnChange(this, changes, currentUser.workspaceId(), LiveRefresh.ofType("article"),
                () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title");
    }
}
