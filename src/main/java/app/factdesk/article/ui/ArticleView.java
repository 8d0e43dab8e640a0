package app.factdesk.article.ui;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** Reads one article: its text as plain text, in its own direction, paragraphs kept. */
@Route("articles/:articleId")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ARTICLE_ID = "articleId";

    private final ArticleService articles;
    private String title = "";

    public ArticleView(ArticleService articles) {
        this.articles = articles;
        addClassName("article-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticleDetails> article = event.getRouteParameters().getLong(ARTICLE_ID).flatMap(articles::find);
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(article.get());
    }

    private void show(ArticleDetails article) {
        removeAll();
        title = article.title();
        H2 heading = new H2(article.title());
        heading.getElement().setAttribute("dir", article.direction());
        heading.getElement().setAttribute("lang", article.language());
        add(heading, meta(article), body(article));
    }

    private Paragraph meta(ArticleDetails article) {
        StringBuilder text = new StringBuilder();
        if (article.outlet() != null) {
            text.append(article.outlet());
        }
        if (article.publishedOn() != null) {
            text.append(text.isEmpty() ? "" : " · ")
                    .append(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                            .format(article.publishedOn()));
        }
        Paragraph meta = new Paragraph(text.toString());
        meta.addClassName("article-meta");
        return meta;
    }

    /** One block per paragraph (blank-line separated); text nodes only, so the body is never parsed as HTML. */
    private Div body(ArticleDetails article) {
        Div body = new Div();
        body.setId("article-body");
        body.addClassName("article-body");
        body.getElement().setAttribute("dir", article.direction());
        body.getElement().setAttribute("lang", article.language());
        for (String paragraph : article.body().split("\n\\s*\n")) {
            Paragraph p = new Paragraph(new Span(paragraph));
            p.addClassName("article-paragraph");
            body.add(p);
        }
        return body;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
