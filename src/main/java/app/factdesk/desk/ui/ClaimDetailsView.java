package app.factdesk.desk.ui;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.shared.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.util.Optional;

/**
 * One claim on one screen: the quote in its context (in the article's direction), the statement and particulars,
 * its state, and the work on it. The id is in the URL so the page can be shared.
 */
@Route("claims/:claimId")
@PermitAll
public class ClaimDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ArticleService articles;
    private final ClaimPanels panels;
    private String title = "";

    private final Span state = new Span();
    private final H1 statement = new H1();
    private long claimId;

    public ClaimDetailsView(ClaimService claims, ArticleService articles, ClaimPanels panels, CurrentUser currentUser,
            ChangeFeed changes) {
        this.claims = claims;
        this.articles = articles;
        this.panels = panels;
        state.setId("claim-details-state");
        state.getElement().getThemeList().add("badge");
        statement.setId("claim-details-statement");
        statement.getElement().setAttribute("dir", "auto");
        LiveRefresh.refreshOnChange(this, changes, currentUser.workspaceId(),
                notice -> "claim".equals(notice.type()) && notice.id() == claimId, this::refreshHeading);
        addClassName("claim-details");
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClaimDetails> claim = RouteIds.of(event, "claimId").flatMap(claims::find);
        Optional<ArticleDetails> article = claim.flatMap(c -> articles.find(c.articleId()));
        if (claim.isEmpty() || article.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(claim.get(), article.get());
    }

    private void show(ClaimDetails claim, ArticleDetails article) {
        removeAll();
        claimId = claim.id();
        showHeading(claim);
        add(state, statement, quoteInContext(claim, article), particulars(claim, article));
        sections(claim).forEach(this::add);
    }

    /** The state and statement change under the panels (a first task, a sign-off, a colleague's edit). */
    private void refreshHeading() {
        claims.find(claimId).ifPresent(this::showHeading);
    }

    private void showHeading(ClaimDetails claim) {
        title = claim.statement();
        state.setText(getTranslation("state." + claim.state().name()));
        statement.setText(claim.statement());
    }

    private Paragraph quoteInContext(ClaimDetails claim, ArticleDetails article) {
        Paragraph context = new Paragraph();
        context.setId("claim-details-quote");
        context.addClassName("claim-quote");
        context.getElement().setAttribute("dir", article.direction());
        context.getElement().setAttribute("lang", article.language());
        Span quote = new Span(claim.anchor().exact());
        quote.addClassNames("hl", "hl-" + claim.state().name().toLowerCase(java.util.Locale.ROOT));
        context.add(new Span("…" + claim.anchor().prefix()), quote, new Span(claim.anchor().suffix() + "…"));
        return context;
    }

    private Div particulars(ClaimDetails claim, ArticleDetails article) {
        Div facts = new Div();
        facts.addClassName("claim-particulars");
        if (claim.claimant() != null) {
            facts.add(new Paragraph(getTranslation("claim.claimant") + ": " + claim.claimant()));
        }
        Anchor source = new Anchor("articles/" + article.id(), article.title());
        source.getElement().setAttribute("dir", article.direction());
        facts.add(source);
        return facts;
    }

    /** The work on the claim in the order it is done, one titled section each: tasks, sources, verdicts, comments, history. */
    private java.util.List<Component> sections(ClaimDetails claim) {
        java.util.List<Component> sections = new java.util.ArrayList<>();
        Runnable reload = () -> getUI().ifPresent(ui -> ui.navigate("claims/" + claim.id()));
        sections.add(section(panels.tasks(claim.id())));
        sections.add(section(panels.sources(claim.id(), reload)));
        sections.add(section(panels.verdicts(claim.id(), reload)));
        sections.add(section(panels.comments(claim.id())));
        sections.add(section(panels.similar(claim.id())));
        panels.history(claim.id()).ifPresent(history -> sections.add(section(new H2(getTranslation("details.history")),
                history)));
        return sections;
    }

    /** One part of the page; the panels bring their own headings. */
    private static Component section(Component... content) {
        Div section = new Div(content);
        section.addClassName("claim-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
