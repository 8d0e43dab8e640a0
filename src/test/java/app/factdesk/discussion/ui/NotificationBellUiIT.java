package app.factdesk.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ui.ArticleListView;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.discussion.CommentService;
import app.factdesk.security.Role;
import app.factdesk.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellUiIT extends KaribuTest {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    CommentService comments;

    private String checker;
    private String editor;
    private ClaimDetails claim;

    @BeforeEach
    void deskWithAClaim() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");
        checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        users.signIn(checker);
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = TwoWorkspaces.referenceArticle().indexOf(quote);
        claim = claims.create(new CreateClaim(articleId, start, start + quote.length(), quote,
                new ClaimFields("Moscow and Washington agreed on further contacts", null, null, Priority.NORMAL,
                        List.of()), null));
    }

    private Span count() {
        return _get(Span.class, spec -> spec.withId("notification-count"));
    }

    @Test
    void the_bell_counts_up_while_the_page_is_open_when_someone_mentions_me() {
        login(editor);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("hidden at zero").isEmpty();
        users.as(checker, () -> comments.add(claim.id(), "@" + editor + " please look at this one"));
        login(editor);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
                    assertThat(_find(Span.class, spec -> spec.withId("notification-count")))
                            .singleElement().satisfies(badge -> assertThat(badge.getText()).isEqualTo("1"));
                });
    }

    @Test
    void the_bell_counts_two_mentions_and_mark_all_read_clears_it() {
        comments.add(claim.id(), "@" + editor + " هل رأيت تصريح بيسكوف؟");
        comments.add(claim.id(), "@" + editor + " and the date?");
        login(editor);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(count().isVisible()).isTrue();
        assertThat(count().getText()).isEqualTo("2");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-unread"))).hasSize(2)
                .first().satisfies(s -> assertThat(s.getText()).startsWith("Fatima Checker mentioned you"));
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("hidden at zero").isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-read"))).hasSize(2);
    }

    @Test
    void a_comment_posted_from_the_panel_is_shown_as_text_and_mentions_notify() {
        login(checker);
        UI.getCurrent().navigate("claims/" + claim.id());
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-draft")), "<i>@" + editor + "</i> راجع هذا");
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        Paragraph body = _get(Paragraph.class, spec -> spec.withClasses("comment-body"));
        assertThat(body.getText()).isEqualTo("<i>@" + editor + "</i> راجع هذا");
        login(editor);
        UI.getCurrent().navigate(ArticleListView.class);
        assertThat(count().getText()).isEqualTo("1");
    }
}
