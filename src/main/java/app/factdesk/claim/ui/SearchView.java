package app.factdesk.claim.ui;

import app.factdesk.article.ArticleHit;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimHit;
import app.factdesk.claim.ClaimQueries;
import app.factdesk.shared.SearchText;
import app.factdesk.shared.ui.TextGuard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** Full-text search over the workspace's articles and claims; the query is kept in the URL. */
@Route("search")
@PermitAll
@Menu(title = "menu.search", order = 25, icon = "vaadin:search")
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimQueries claims;
    private final TextField query = new TextField();
    private final Div results = new Div();

    public SearchView(ArticleService articles, ClaimQueries claims) {
        this.articles = articles;
        this.claims = claims;
        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidth("min(40rem, 100%)");
        query.setClearButtonVisible(true);
        query.setMaxLength(200);
        query.getElement().setAttribute("dir", "auto");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                        QueryParameters.simple(Map.of("q", change.getValue()))));
            }
        });
        results.setId("search-results");
        results.addClassName("search-results");
        add(new H1(getTranslation("search.title")), query, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(q);
        show(q);
    }

    private void show(String q) {
        results.removeAll();
        query.setInvalid(false);
        if (q.isBlank() || !TextGuard.accepts(query)) {
            return;
        }
        List<ArticleHit> articleHits = articles.search(q, 20);
        List<ClaimHit> claimHits = claims.search(q, 20);
        if (articleHits.isEmpty() && claimHits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", q)));
            return;
        }
        articleHits.forEach(hit -> results.add(result("search.article", hit.title(), hit.id(), hit.snippet(),
                hit.direction())));
        claimHits.forEach(hit -> results.add(result("search.claim", null, hit.articleId(), hit.snippet(), "auto")));
    }

    private Div result(String kindKey, String title, long articleId, String snippet, String direction) {
        Div card = new Div();
        card.addClassName("search-hit");
        Span kind = new Span(getTranslation(kindKey));
        kind.getElement().getThemeList().add("badge");
        card.add(kind);
        if (title != null) {
            Anchor link = new Anchor("articles/" + articleId, title);
            link.getElement().setAttribute("dir", direction);
            card.add(link);
        }
        Paragraph text = new Paragraph();
        text.getElement().setAttribute("dir", direction);
        for (SearchText.Part part : SearchText.parts(snippet)) {
            Span span = new Span(part.text());
            if (part.match()) {
                span.addClassName("search-match");
            }
            text.add(span);
        }
        if (title == null) {
            card.add(new Anchor("articles/" + articleId, text));
        } else {
            card.add(text);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
