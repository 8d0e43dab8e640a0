package app.factdesk.claim.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ArticleSuggestions;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimQueries;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimTransitions;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.StaleClaimException;
import app.factdesk.claim.SuggestionRow;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.LiveRefresh;
import app.factdesk.shared.live.Presence;
import app.factdesk.shared.ui.RouteIds;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The article workspace: the text, right-to-left where it should be, with claims highlighted and suggestions
 * marked; claims and suggestions beside it. Select text to create a claim; accept a suggestion with the keyboard.
 */
@Route("articles/:articleId")
@PermitAll
public class ArticleWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimService claims;
    private final app.factdesk.claim.SimilarClaims similar;
    private final app.factdesk.claim.FactCheckLibrary library;
    private final ArticleSuggestions suggestions;
    private final ClaimQueries claimQueries;
    private final Role role;

    private ArticleDetails article;
    private ArticleText text;
    private final ClaimList claimList = new ClaimList();
    private final SuggestionList suggestionList = new SuggestionList();
    private final Button createFromSelection = new Button();
    private final Span selectionPreview = new Span();
    private ArticleText.SelectionEvent selection;
    private TabSheet sideTabs;
    private List<SuggestionRow> openSuggestions = List.of();
    private final Presence presence;
    private final Presence.Viewer me;
    private final long workspaceId;
    private final AvatarGroup viewers = app.factdesk.shared.ui.ComponentTexts.of(new AvatarGroup());
    private Registration presenceRegistration;

    public ArticleWorkspaceView(ArticleService articles, ClaimService claims, ArticleSuggestions suggestions,
            ClaimQueries claimQueries, CurrentUser currentUser, ChangeFeed changes, Presence presence,
            app.factdesk.claim.SimilarClaims similar, app.factdesk.claim.FactCheckLibrary library) {
        this.similar = similar;
        this.library = library;
        this.articles = articles;
        this.claims = claims;
        this.suggestions = suggestions;
        this.claimQueries = claimQueries;
        this.role = currentUser.workspace().role();
        addClassName("article-workspace");
        setSizeFull();
        claimList.addOpenListener(open -> openClaim(open.claimId));
        suggestionList.addAcceptListener(accept -> acceptSuggestion(accept.suggestion));
        suggestionList.addDismissListener(dismiss -> {
            suggestions.dismiss(article.id(), dismiss.suggestion.start(), dismiss.suggestion.end());
            refresh();
        });
        createFromSelection.setText(getTranslation("claim.from-selection"));
        createFromSelection.setId("create-from-selection");
        createFromSelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createFromSelection.setEnabled(false);
        createFromSelection.addClickListener(click -> createFromSelection());
        selectionPreview.addClassName("selection-preview");
        this.presence = presence;
        this.me = new Presence.Viewer(currentUser.require().userId(), currentUser.require().displayName());
        this.workspaceId = currentUser.workspaceId();
        viewers.setId("article-viewers");
        viewers.setMaxItemsVisible(6);
        viewers.setWidth("auto");
        viewers.getStyle().set("flex", "0 0 auto");
        LiveRefresh.refreshOnChange(this, changes, workspaceId, LiveRefresh.ofType("claim"), () -> {
            if (article != null) {
                refresh();
            }
        });
        LiveRefresh.refreshOnChange(this, changes, workspaceId, LiveRefresh.ofType("presence"), this::showViewers);
        addAttachListener(attach -> {
            if (article != null) {
                enterPresence();
            }
        });
        addDetachListener(detach -> leavePresence());
    }

    private void enterPresence() {
        leavePresence();
        var internals = getUI().orElseThrow().getInternals();
        presenceRegistration = presence.enter("article:" + article.id(), workspaceId, article.id(), me,
                internals::getLastHeartbeatTimestamp);
        showViewers();
    }

    private void leavePresence() {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
    }

    /** Everyone else looking at this article now, as initials with the name on hover. */
    private void showViewers() {
        if (article == null) {
            return;
        }
        viewers.setItems(presence.viewers("article:" + article.id()).stream()
                .filter(v -> v.userId() != me.userId())
                .map(v -> new AvatarGroup.AvatarGroupItem(v.name())).toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ArticleDetails> found = RouteIds.of(event, "articleId").flatMap(articles::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        open(found.get());
    }

    /** Shows an article of the current workspace (navigation and the session-memory benchmark come here). */
    void open(ArticleDetails found) {
        article = found;
        build();
        refresh();
        if (isAttached()) {
            enterPresence();
        }
    }

    private boolean canWork() {
        return role.includes(Role.FACT_CHECKER);
    }

    private void build() {
        removeAll();
        H1 title = new H1(article.title());
        title.getElement().setAttribute("dir", article.direction());
        title.getElement().setAttribute("lang", article.language());
        text = new ArticleText(article.body(), article.language(), article.direction());
        text.addSelectionListener(this::selected);
        text.addHighlightClickListener(click -> openClaim(click.claimId()));
        // Enter on a selection in the text does what the "Create claim" button does.
        text.getElement().addEventListener("keydown", key -> {
            if (createFromSelection.isEnabled()) {
                createFromSelection();
            }
        }).setFilter("event.key === 'Enter' && !window.getSelection().isCollapsed");
        Div reading = new Div();
        reading.addClassName("article-reading");
        if (canWork()) {
            Div toolbar = new Div(createFromSelection, selectionPreview);
            toolbar.addClassName("article-toolbar");
            com.vaadin.flow.component.html.Paragraph keys = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("article.keyboard-help"));
            keys.setId("article-keyboard-help");
            keys.addClassName("form-hint");
            text.getElement().setAttribute("aria-describedby", "article-keyboard-help");
            reading.add(toolbar, keys);
        }
        reading.add(text);
        sideTabs = new TabSheet();
        sideTabs.setId("article-side");
        sideTabs.setHeightFull();
        sideTabs.add(getTranslation("claims.tab"), claimList);
        if (canWork()) {
            suggestionList.noModelFor(suggestions.available(article.id()) ? null
                    : java.util.Locale.forLanguageTag(article.language()).getDisplayLanguage(getLocale()));
            sideTabs.add(getTranslation("suggestions.tab"), suggestionList);
            // The cards are built when someone looks at them: most readers never open the tab.
            sideTabs.addSelectedChangeListener(change -> {
                if (sideTabs.getSelectedIndex() == 1) {
                    showSuggestions(openSuggestions);
                }
            });
        }
        SplitLayout split = new SplitLayout(reading, sideTabs);
        split.setSizeFull();
        split.setSplitterPosition(64);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout heading =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(title, viewers);
        heading.setAlignItems(Alignment.CENTER);
        heading.setWidthFull();
        heading.expand(title);
        add(heading, meta(), split);
    }

    private Paragraph meta() {
        StringBuilder line = new StringBuilder();
        if (article.outlet() != null) {
            line.append(article.outlet());
        }
        if (article.author() != null) {
            line.append(line.isEmpty() ? "" : " · ").append(article.author());
        }
        if (article.publishedOn() != null) {
            line.append(line.isEmpty() ? "" : " · ").append(app.factdesk.shared.ui.Formats.date(article.publishedOn(), getLocale()));
        }
        Paragraph meta = new Paragraph(line.toString());
        meta.addClassName("article-meta");
        return meta;
    }

    private void refresh() {
        List<ClaimDetails> current = claims.ofArticle(article.id());
        List<SuggestionRow> open = canWork() ? suggestions.open(article.id()) : List.of();
        text.show(current, open);
        claimList.show(current, article.direction());
        openSuggestions = open;
        if (sideTabs.getSelectedIndex() == 1) {
            showSuggestions(open);
        }
        sideTabs.getTabAt(0).setLabel(getTranslation("claims.tab-count", current.size()));
        if (canWork()) {
            sideTabs.getTabAt(1).setLabel(getTranslation("suggestions.tab-count", open.size()));
        }
    }

    private void selected(ArticleText.SelectionEvent event) {
        selection = event.isEmpty() ? null : event;
        createFromSelection.setEnabled(selection != null);
        String quote = selection == null ? "" : selection.exact();
        selectionPreview.setText(quote.length() > 80 ? quote.substring(0, 79) + "…" : quote);
    }

    private void createFromSelection() {
        if (selection == null) {
            return;
        }
        ArticleText.SelectionEvent chosen = selection;
        ClaimDialog dialog = newClaimDialog(chosen.exact());
        dialog.addSaveListener(save -> create(dialog, new CreateClaim(article.id(), chosen.start(), chosen.end(),
                chosen.exact(), save.fields, null)));
        dialog.open();
    }

    private void acceptSuggestion(SuggestionRow suggestion) {
        ClaimDialog dialog = newClaimDialog(suggestion.text());
        dialog.form.statement.setValue(suggestion.text().length() > ClaimFields.MAX_STATEMENT
                ? suggestion.text().substring(0, ClaimFields.MAX_STATEMENT) : suggestion.text());
        dialog.addSaveListener(save -> create(dialog, new CreateClaim(article.id(), suggestion.start(),
                suggestion.end(), suggestion.text(), save.fields, suggestion.score())));
        dialog.open();
    }

    /** The suggestion cards, each naming a claim that already says the same (one query for all of them). */
    private void showSuggestions(List<SuggestionRow> shown) {
        suggestionList.show(shown, article.direction(), similar.closestTo(shown.stream().map(SuggestionRow::text)
                .toList(), SUGGESTION_SAME));
    }

    /** Trigram similarity from which a suggestion is said to be "similar to claim #n". */
    static final double SUGGESTION_SAME = 0.5;

    /** A new claim's dialog, with the workspace's claims that already say the same ("already checked?"). */
    private ClaimDialog newClaimDialog(String quote) {
        ClaimDialog dialog = new ClaimDialog(quote, article.direction(), null, List.of(), true, claimQueries.tags());
        dialog.showSimilar(similar.match(quote, 3).stream().filter(c -> c.score() >= SIMILAR_ENOUGH).toList(),
                library.matching(quote, 3));
        return dialog;
    }

    /** The lowest score worth showing as "already checked?" in a new claim's dialog. */
    static final double SIMILAR_ENOUGH = 0.3;

    private void create(ClaimDialog dialog, CreateClaim command) {
        try {
            claims.create(command);
            dialog.close();
            selected(new ArticleText.SelectionEvent(text, -1, -1, ""));
            Toast.done(getTranslation("claim.created"));
            refresh();
        } catch (UserFacingException refused) {
            dialog.showProblem(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void openClaim(long claimId) {
        Optional<ClaimDetails> found = claims.find(claimId);
        if (found.isEmpty()) {
            refresh();
            return;
        }
        ClaimDetails claim = found.get();
        boolean canEdit = canWork() && ClaimTransitions.editable(claim.state());
        ClaimDialog dialog = new ClaimDialog(claim.anchor().exact(), article.direction(), claim,
                claims.availableActions(claim), canEdit, claimQueries.tags());
        dialog.addSaveListener(save -> {
            try {
                claims.edit(claim.id(), dialog.version, save.fields);
                dialog.close();
                refresh();
            } catch (StaleClaimException stale) {
                claims.find(claim.id()).ifPresent(current -> dialog.showConflict(
                        getTranslation(stale.messageKey(), stale.arguments()), current));
            } catch (UserFacingException refused) {
                dialog.showProblem(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        dialog.addActionListener(act -> {
            try {
                switch (act.action) {
                    case REJECT -> claims.reject(claim.id(), dialog.version, act.reason);
                    case RESTORE -> claims.restore(claim.id(), dialog.version);
                    case START_VERIFICATION -> claims.startVerification(claim.id(), dialog.version);
                    default -> throw new IllegalStateException("Not a claim dialog action: " + act.action);
                }
                dialog.close();
                refresh();
            } catch (UserFacingException refused) {
                error(refused);
            }
        });
        dialog.open();
    }

    private void error(UserFacingException refused) {
        Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return article == null ? "" : article.title();
    }
}
