package app.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import app.factdesk.shared.SearchText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchIT {

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleService articles;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void arabic_search_ignores_hamza_diacritics_and_stays_in_the_workspace() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long reference = fixtures.importReference(desk);
        users.signIn(fixtures.addMember(desk, Role.VIEWER, "Vera"));
        assertThat(articles.search("اعلن", 10)).extracting(ArticleHit::id).containsExactly(reference);
        assertThat(articles.search("أعلن", 10)).extracting(ArticleHit::id).containsExactly(reference);
        assertThat(articles.search("اعلن", 10).get(0).snippet()).contains(SearchText.START);
        assertThat(articles.search("كوزاك", 10)).hasSize(1);
        assertThat(articles.search("Biden", 10)).isEmpty();
        assertThat(articles.search("secret", 10)).extracting(ArticleHit::title).containsExactly("B's secret article");

        users.signIn(fixtures.addMember(fixtures.createOther(), Role.VIEWER, "Outsider"));
        assertThat(articles.search("اعلن", 10)).isEmpty();
    }

    @Test
    void snippets_split_into_plain_parts_and_marked_matches() {
        assertThat(SearchText.parts("a " + SearchText.START + "b" + SearchText.STOP + " c"))
                .containsExactly(new SearchText.Part("a ", false), new SearchText.Part("b", true),
                        new SearchText.Part(" c", false));
    }
}
