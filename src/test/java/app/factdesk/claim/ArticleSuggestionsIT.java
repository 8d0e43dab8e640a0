package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ArticleSuggestionsIT {

    /** A phrase from the sentence behind each of the example claims 1–3 of the fixtures README. */
    static final List<String> EXAMPLE_CLAIMS = List.of(
            "تمكن من التوصل إلى تفاهم بشأن استمرار الاتصالات",
            "تم التوصل إلى عدة تفاهمات",
            "هناك تفاهم بشأن آفاق استمرار الحوار");

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ArticleSuggestions suggestions;
    @Autowired
    ClaimService claims;

    private TwoWorkspaces.Other desk;
    private long articleId;

    @BeforeEach
    void deskWithTheReferenceArticle() {
        desk = fixtures.createOther();
        articleId = fixtures.importReference(desk);
        users.signIn(fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_sentences_behind_example_claims_1_to_3_are_suggested_best_first_and_at_most_half() {
        List<SuggestionRow> open = suggestions.open(articleId);
        assertThat(open).hasSizeLessThanOrEqualTo(11 / 2);
        for (String phrase : EXAMPLE_CLAIMS) {
            assertThat(open).as(phrase).anySatisfy(s -> assertThat(s.text()).contains(phrase));
        }
        assertThat(open).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(open).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
    }

    @Test
    void dismissed_and_claimed_sentences_leave_the_list_for_the_whole_team() {
        List<SuggestionRow> open = suggestions.open(articleId);
        SuggestionRow dismissed = open.get(0);
        SuggestionRow accepted = open.get(1);
        suggestions.dismiss(articleId, dismissed.start(), dismissed.end());
        claims.create(new CreateClaim(articleId, accepted.start(), accepted.end(), accepted.text(),
                new ClaimFields("accepted", null, null, null, List.of()), accepted.score()));

        users.signIn(fixtures.addMember(desk, Role.EDITOR, "Elias Editor"));
        List<SuggestionRow> after = suggestions.open(articleId);
        assertThat(after).hasSize(open.size() - 2);
        assertThat(after).noneMatch(s -> s.start() == dismissed.start() || s.start() == accepted.start());
    }

    @Test
    void viewers_get_no_suggestions() {
        users.signIn(fixtures.addMember(desk, Role.VIEWER, "Vera"));
        assertThatThrownBy(() -> suggestions.open(articleId)).isInstanceOf(AccessDeniedException.class);
    }
}
