package app.factdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimLinks;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.LinkedClaim;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim page shows claims that say the same thing and lets the team link them (issue 15). */
class SimilarClaimsPanelUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimLinks links;

    @Test
    void a_similar_claim_is_listed_with_its_score_and_a_checker_links_it_while_a_viewer_only_sees_it() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        String body = TwoWorkspaces.referenceArticle();
        long[] ids = users.as(checker, () -> List.of("بناءة ومثمرة", "دميتري كوزاك", "التوصل إلى تفاهم").stream()
                .mapToLong(q -> claims.create(new CreateClaim(articleId, body.indexOf(q), body.indexOf(q) + q.length(),
                        q, new ClaimFields(switch (q) {
                            case "بناءة ومثمرة" -> "Peskov said the Putin Biden talks were constructive and useful";
                            case "دميتري كوزاك" -> "Peskov said the Putin Biden talks were constructive";
                            default -> "Egypt's inflation reached 32 percent in March";
                        }, null, null, null, List.of()), null)).id()).toArray());
        long a = ids[0];
        long b = ids[1];

        login(checker);
        UI.getCurrent().navigate("claims/" + a);
        Div similar = _get(Div.class, spec -> spec.withId("similar-claims"));
        assertThat(similar.getElement().getTextRecursively())
                .contains("Peskov said the Putin Biden talks were constructive", "% similar");
        assertThat(similar.getElement().getTextRecursively()).doesNotContain("Egypt's inflation");
        _click(_get(Button.class, spec -> spec.withId("link-claim-" + b)));
        assertThat(_get(Div.class, spec -> spec.withId("same-claims")).getElement().getTextRecursively())
                .contains("Peskov said the Putin Biden talks were constructive");
        assertThat(users.as(checker, () -> links.linkedTo(b))).extracting(LinkedClaim::claimId).containsExactly(a);

        login(fixtures.addMember(desk, Role.VIEWER, "Vera Viewer"));
        UI.getCurrent().navigate("claims/" + b);
        assertThat(_get(Div.class, spec -> spec.withId("same-claims")).getElement().getTextRecursively())
                .contains("Peskov said the Putin Biden talks were constructive and useful");
        assertThat(_find(Button.class, spec -> spec.withId("unlink-claim-" + a))).isEmpty();
    }

    @Test
    void the_dialog_of_a_new_claim_names_claims_that_already_say_the_same() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        String body = TwoWorkspaces.referenceArticle();
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = body.indexOf(quote);
        long earlier = users.as(checker, () -> claims.create(new CreateClaim(articleId, start, start + quote.length(),
                quote, new ClaimFields("Moscow and Washington agreed to keep in contact", null, null, null,
                        List.of()), null)).id());

        login(checker);
        openNewClaimDialog(articleId, start, quote);

        Div similar = _get(Div.class, spec -> spec.withId("claim-similar"));
        assertThat(similar.getElement().getTextRecursively()).startsWith("Already checked?")
                .contains("Moscow and Washington agreed to keep in contact", "% similar", "Draft");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Moscow and Washington agreed to keep in contact")).getHref())
                .isEqualTo("claims/" + earlier);
    }

    @Autowired
    app.factdesk.claim.ArticleSuggestions suggestions;

    @Test
    void a_suggestion_that_another_article_already_has_as_a_claim_says_so() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long first = fixtures.importReference(desk);
        long second = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        var top = users.as(checker, () -> suggestions.open(second)).get(0);
        long existing = users.as(checker, () -> claims.create(new CreateClaim(first, top.start(), top.end(),
                top.text(), new ClaimFields("Already claimed in the first copy", null, null, null, List.of()),
                null)).id());

        login(checker);
        UI.getCurrent().navigate("articles/" + second);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        com.vaadin.flow.component.html.Anchor similar = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("suggestion-similar-1"));
        assertThat(similar.getText()).isEqualTo("Similar to claim #" + existing);
        assertThat(similar.getHref()).isEqualTo("claims/" + existing);
    }

    @Autowired
    app.factdesk.claim.FactCheckLibrary library;

    @Test
    void the_dialog_of_a_new_claim_names_a_fact_check_published_elsewhere_with_its_publisher_date_and_rating() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        String body = TwoWorkspaces.referenceArticle();
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = body.indexOf(quote);
        String review = "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"" + quote + "\",\"url\":"
                + "\"https://checks.example.org/contacts\",\"datePublished\":\"2024-10-20\",\"author\":{\"name\":"
                + "\"Example Checks\"},\"reviewRating\":{\"alternateName\":\"Misleading\"}}";
        users.as(desk.adminUsername(), () -> library.importFile("one.json",
                review.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        login(checker);
        openNewClaimDialog(articleId, start, quote);

        Div similar = _get(Div.class, spec -> spec.withId("claim-similar"));
        assertThat(similar.getElement().getTextRecursively()).startsWith("Already checked?")
                .contains("checked by Example Checks on Oct 20, 2024: Misleading");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText(quote)).getHref())
                .isEqualTo("https://checks.example.org/contacts");
    }

    @Autowired
    app.factdesk.verdict.VerdictDesk verdictDesks;
    @Autowired
    app.factdesk.security.AccountService accounts;

    @Test
    void a_similar_claims_published_verdict_is_named_in_the_readers_language() {
        app.factdesk.verdict.VerdictDesk.Desk desk = verdictDesks.create();
        verdictDesks.publishVerdict(desk);
        long articleId = users.as(desk.checker(), () -> claims.find(desk.claimId()).orElseThrow().articleId());
        String body = TwoWorkspaces.referenceArticle();
        String quote = "بناءة ومثمرة";
        long again = users.as(desk.checker(), () -> claims.create(new CreateClaim(articleId, body.indexOf(quote),
                body.indexOf(quote) + quote.length(), quote, new ClaimFields(
                        "Peskov said Putin and Biden had no contacts at all", null, null, null, List.of()), null))
                .id());

        login(desk.checker());
        UI.getCurrent().navigate("claims/" + again);
        assertThat(_get(Div.class, spec -> spec.withId("similar-claims")).getElement().getTextRecursively())
                .contains("Mostly false");
        accounts.updateOwnProfile("Fatima Checker", "ar");
        UI.getCurrent().navigate("claims/" + again);
        assertThat(_get(Div.class, spec -> spec.withId("similar-claims")).getElement().getTextRecursively())
                .contains("خاطئ في معظمه").doesNotContain("Mostly false");
    }

    /** Selects {@code quote} in the article's text, as the browser reports a selection, and opens the new claim. */
    private void openNewClaimDialog(long articleId, int start, String quote) {
        UI.getCurrent().navigate("articles/" + articleId);
        elemental.json.JsonObject detail = elemental.json.Json.createObject();
        detail.put("event.detail.start", start);
        detail.put("event.detail.end", start + quote.length());
        detail.put("event.detail.exact", quote);
        var text = _get(app.factdesk.claim.ui.ArticleText.class);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(text.getElement(),
                new com.vaadin.flow.dom.DomEvent(text.getElement(), "fd-selection", detail));
        _click(_get(Button.class, spec -> spec.withId("create-from-selection")));
    }
}
