package app.factdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleWorkspaceUiIT extends KaribuTest {

    private static final String QUOTE = "التوصل إلى تفاهم بشأن استمرار الاتصالات";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    app.factdesk.shared.live.Presence presence;
    @Autowired
    app.factdesk.shared.live.ChangeFeed feed;

    private TwoWorkspaces.Other desk;
    private long articleId;
    private String checker;
    private final String body = TwoWorkspaces.referenceArticle();

    @BeforeEach
    void deskWithTheReferenceArticle() {
        desk = fixtures.createOther();
        articleId = fixtures.importReference(desk);
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        login(checker);
        UI.getCurrent().navigate("articles/" + articleId);
    }

    /** What the browser script sends when the user selects text with the mouse. */
    private void select(int start, int end, String exact) {
        JsonObject detail = Json.createObject();
        detail.put("event.detail.start", start);
        detail.put("event.detail.end", end);
        detail.put("event.detail.exact", exact);
        ArticleText text = _get(ArticleText.class);
        ElementUtilsKt._fireDomEvent(text.getElement(), new DomEvent(text.getElement(), "fd-selection", detail));
    }

    private List<ArticleText.Segment> highlights() {
        return _get(ArticleText.class).highlights();
    }

    @Test
    void a_claim_is_created_from_a_selection_and_highlighted() {
        Button create = _get(Button.class, spec -> spec.withId("create-from-selection"));
        assertThat(create.isEnabled()).isFalse();
        int start = body.indexOf(QUOTE);
        select(start, start + QUOTE.length(), QUOTE);
        assertThat(create.isEnabled()).isTrue();
        _click(create);

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("claim-quote")).getText())
                .isEqualTo(QUOTE);
        _setValue(_get(TextArea.class, spec -> spec.withId("claim-statement")),
                "Moscow and Washington reached an understanding on continuing Putin–Biden contacts");
        _click(_get(Button.class, spec -> spec.withId("claim-save")));

        List<ClaimDetails> stored = claims.ofArticle(articleId);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).anchor().start()).isEqualTo(start);
        assertThat(highlights()).extracting(ArticleText.Segment::text).containsExactly(QUOTE);
        assertThat(highlights().get(0).title()).startsWith("Moscow and Washington");
        assertThat(firstCard().getElement().getTextRecursively()).contains("Moscow and Washington");
    }

    @Test
    void a_forged_selection_is_refused_and_creates_nothing() {
        int start = body.indexOf(QUOTE);
        select(start + 3, start + 3 + QUOTE.length(), QUOTE);
        _click(_get(Button.class, spec -> spec.withId("create-from-selection")));
        _setValue(_get(TextArea.class, spec -> spec.withId("claim-statement")), "forged");
        _click(_get(Button.class, spec -> spec.withId("claim-save")));
        assertThat(claims.ofArticle(articleId)).isEmpty();
        assertThat(highlights()).isEmpty();
    }

    @Test
    void opening_the_claim_page_from_the_dialog_closes_the_dialog() {
        int start = body.indexOf(QUOTE);
        ClaimDetails claim = claims.create(new app.factdesk.claim.CreateClaim(articleId, start,
                start + QUOTE.length(), QUOTE, new ClaimFields("to open", null, null, null, List.of()), null));
        UI.getCurrent().navigate("articles/" + articleId);
        _click(firstCard());
        ClaimDialog dialog = _get(ClaimDialog.class);
        com.vaadin.flow.component.html.Anchor open = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("claim-open-details"));
        UI.getCurrent().navigate(open.getHref()); // what the router does when the link is followed
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(ClaimDialog.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("claim-details-statement"))
                .getText()).isEqualTo("to open");
    }

    @Test
    void a_claim_is_rejected_with_a_reason_from_its_dialog() {
        int start = body.indexOf(QUOTE);
        ClaimDetails claim = claims.create(new app.factdesk.claim.CreateClaim(articleId, start,
                start + QUOTE.length(), QUOTE, new ClaimFields("to reject", null, null, null, List.of()), null));
        UI.getCurrent().navigate("articles/" + articleId);
        _click(firstCard());
        _click(_get(Button.class, spec -> spec.withId("claim-action-reject")));
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        assertThat(claims.find(claim.id()).orElseThrow().state()).as("no reason, no rejection")
                .isEqualTo(ClaimState.DRAFT);
        _setValue(_get(TextArea.class, spec -> spec.withId("reject-reason")), "An opinion, not a fact");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        ClaimDetails rejected = claims.find(claim.id()).orElseThrow();
        assertThat(rejected.state()).isEqualTo(ClaimState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("An opinion, not a fact");
    }

    @Test
    void saving_over_a_newer_change_shows_the_conflict_and_keeps_both_texts() {
        int start = body.indexOf(QUOTE);
        ClaimDetails claim = claims.create(new app.factdesk.claim.CreateClaim(articleId, start,
                start + QUOTE.length(), QUOTE, new ClaimFields("original", null, null, null, List.of()), null));
        UI.getCurrent().navigate("articles/" + articleId);
        _click(firstCard());
        TextArea statement = _get(TextArea.class, spec -> spec.withId("claim-statement"));
        _setValue(statement, "my careful wording");

        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        users.as(editor, () -> claims.edit(claim.id(), claim.version(),
                new ClaimFields("the editor's wording", null, null, null, List.of())));
        login(checker);

        _click(_get(Button.class, spec -> spec.withId("claim-save")));
        Div conflict = _get(Div.class, spec -> spec.withId("claim-conflict"));
        assertThat(conflict.getElement().getTextRecursively())
                .contains("Elias Editor changed this claim while you were editing")
                .contains("the editor's wording");
        assertThat(statement.getValue()).isEqualTo("my careful wording");
        assertThat(claims.find(claim.id()).orElseThrow().statement()).isEqualTo("the editor's wording");

        _click(_get(Button.class, spec -> spec.withId("conflict-reapply")));
        assertThat(claims.find(claim.id()).orElseThrow().statement()).isEqualTo("my careful wording");
    }

    @Test
    void a_suggestion_is_accepted_with_the_keyboard_reachable_button_and_keeps_its_score() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        Button accept = _get(Button.class, spec -> spec.withId("accept-suggestion-1"));
        _click(accept);
        _click(_get(Button.class, spec -> spec.withId("claim-save")));
        List<ClaimDetails> stored = claims.ofArticle(articleId);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).origin()).isEqualTo("SUGGESTION");
        assertThat(stored.get(0).suggestionScore()).isPositive();
        assertThat(body.substring(stored.get(0).anchor().start(), stored.get(0).anchor().end()))
                .isEqualTo(stored.get(0).anchor().exact());
    }

    @Test
    void other_viewers_and_other_peoples_new_claims_appear_without_reloading() {
        com.vaadin.flow.component.avatar.AvatarGroup avatars =
                _get(com.vaadin.flow.component.avatar.AvatarGroup.class, spec -> spec.withId("article-viewers"));
        assertThat(avatars.getItems()).as("only me so far").isEmpty();
        var zaid = presence.enter("article:" + articleId, desk.workspaceId(), articleId,
                new app.factdesk.shared.live.Presence.Viewer(-1, "Zaid Zahran"), System::currentTimeMillis);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(avatars.getItems()).extracting(com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem::getName)
                    .containsExactly("Zaid Zahran");
        });

        String other = fixtures.addMember(desk, Role.FACT_CHECKER, "Omar Other");
        int start = body.indexOf(QUOTE);
        users.as(other, () -> claims.create(new app.factdesk.claim.CreateClaim(articleId, start,
                start + QUOTE.length(), QUOTE, new ClaimFields("made elsewhere", null, null, null, List.of()), null)));
        login(checker);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(highlights()).extracting(ArticleText.Segment::text).containsExactly(QUOTE);
        });

        zaid.remove();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(avatars.getItems()).isEmpty();
        });
    }

    @Test
    void leaving_the_article_unsubscribes_the_view_and_leaves_no_presence() {
        int subscribed = feed.subscriberCount();
        assertThat(presence.viewers("article:" + articleId)).extracting(app.factdesk.shared.live.Presence.Viewer::name)
                .containsExactly("Fatima Checker");
        UI.getCurrent().navigate("claims");
        assertThat(presence.viewers("article:" + articleId)).isEmpty();
        assertThat(feed.subscriberCount()).isLessThan(subscribed);
    }

    @Test
    void a_viewer_reads_the_text_without_any_way_to_create_claims() {
        login(fixtures.addMember(desk, Role.VIEWER, "Vera"));
        UI.getCurrent().navigate("articles/" + articleId);
        assertThat(_find(Button.class, spec -> spec.withId("create-from-selection"))).isEmpty();
        assertThat(_find(SuggestionList.class)).isEmpty();
        assertThat(_get(ArticleText.class).getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(_get(ArticleText.class).segments().stream().map(ArticleText.Segment::text)
                .collect(java.util.stream.Collectors.joining())).isEqualTo(body);
        assertThat(TestUsers.VIEWER).isNotBlank();
    }

    /** The first claim card, as the virtual list draws it when the browser asks for its first rows. */
    @SuppressWarnings("unchecked")
    private static Div firstCard() {
        var list = (com.vaadin.flow.component.virtuallist.VirtualList<ClaimDetails>) _get(
                com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withClasses("claim-cards"));
        return (Div) com.github.mvysny.kaributesting.v23.VirtualListsKt._getRowComponent(list, 0).getChildren()
                .findFirst().orElseThrow();
    }
}
