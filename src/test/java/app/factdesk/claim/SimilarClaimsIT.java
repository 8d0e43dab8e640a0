package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SimilarClaimsIT {

    /** Measured when the set was made (ADR 024); the guard leaves room for noise, not for a regression. */
    static final double MIN_PRECISION_AT_1 = 0.93;
    static final double MIN_MRR = 0.95;

    private static SimilarityEvaluationSet.Built built;

    @Autowired
    TestUsers users;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    SimilarClaims similar;

    @BeforeEach
    void evaluationWorkspace() {
        if (built == null) {
            built = SimilarityEvaluationSet.build(fixtures, users, claims);
        }
        users.signIn(built.checker());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void precision_at_1_and_mrr_on_the_evaluation_set_stay_above_their_floor() {
        Map<String, Long> ids = built.claimIds();
        List<SimilarityEvaluationSet.Pair> pairs = SimilarityEvaluationSet.pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
        assertThat(pairs).extracting(SimilarityEvaluationSet.Pair::language).contains("ar", "en");
        double hits = 0;
        double reciprocal = 0;
        StringBuilder misses = new StringBuilder();
        for (SimilarityEvaluationSet.Pair pair : pairs) {
            List<SimilarClaim> ranked = similar.match(pair.query(), 10);
            long expected = ids.get(pair.expected());
            int rank = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).claimId() == expected) {
                    rank = i + 1;
                    break;
                }
            }
            hits += rank == 1 ? 1 : 0;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.append(pair.expected()).append(" rank ").append(rank).append(": ").append(pair.query())
                        .append('\n');
            }
        }
        double precision = hits / pairs.size();
        double mrr = reciprocal / pairs.size();
        System.out.printf("similar claims: precision@1 %.3f, MRR %.3f over %d pairs%n%s", precision, mrr,
                pairs.size(), misses);
        assertThat(precision).as(misses.toString()).isGreaterThanOrEqualTo(MIN_PRECISION_AT_1);
        assertThat(mrr).isGreaterThanOrEqualTo(MIN_MRR);
    }

    @Test
    void a_different_number_or_name_lowers_the_score_visibly() {
        List<SimilarClaim> year = similar.match("Inflation in Egypt reached 32 percent in March 2023.", 5);
        SimilarClaim same = find(year, "e7");
        SimilarClaim otherYear = find(year, "e7-x");
        assertThat(same.score()).isGreaterThan(otherYear.score() + 0.2);
        assertThat(otherYear.numbersDiffer()).isTrue();
        assertThat(same.numbersDiffer()).isFalse();

        List<SimilarClaim> person = similar.match("Nuland discussed future contacts with Biden in Moscow, Putin said.", 5);
        assertThat(find(person, "e3").score()).isGreaterThan(find(person, "e3-x").score() + 0.2);
        assertThat(find(person, "e3-x").namesDiffer()).isTrue();

        List<SimilarClaim> arabic = similar.match("قالت المتحدثة باسم البيت الأبيض جين بساكي إن لقاءات نولاند في موسكو كانت بناءة ومثمرة", 5);
        assertThat(arabic.get(0).claimId()).isEqualTo(built.claimIds().get("a4"));
    }

    @Test
    void similar_to_a_claim_leaves_it_out_and_shows_its_state() {
        long claim = built.claimIds().get("a5");
        List<SimilarClaim> found = similar.similarTo(claim, 5);
        assertThat(found).noneMatch(c -> c.claimId() == claim);
        assertThat(found.get(0).claimId()).isEqualTo(built.claimIds().get("a5-x"));
        assertThat(found.get(0).state()).isEqualTo(ClaimState.DRAFT);
    }

    @Test
    void another_workspace_sees_none_of_these_claims_and_bad_input_is_refused() {
        TwoWorkspaces.Other other = fixtures.createOther();
        users.signIn(fixtures.addMember(other, Role.VIEWER, "Vera Viewer"));
        assertThat(similar.match("Inflation in Egypt reached 32 percent in March 2023.", 5)).isEmpty();
        assertThatThrownBy(() -> similar.match(" ", 5)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("similar.text-empty");
        assertThatThrownBy(() -> similar.match("x".repeat(2001), 5)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> similar.similarTo(built.claimIds().get("a5"), 5))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("claim.not-found");
    }

    @Test
    void beside_suggestions_each_text_gets_the_claim_that_reads_most_like_it_or_none() {
        Map<Integer, SimilarClaim> closest = similar.closestTo(List.of(
                "Inflation in Egypt reached 32 percent in March 2023.",
                "Tulip bulbs should be planted in autumn, six inches deep.",
                "!!! ؟؟؟",
                "قالت المتحدثة باسم البيت الأبيض جين بساكي إن لقاءات نولاند في موسكو كانت بناءة ومثمرة"), 0.5);
        assertThat(closest.keySet()).containsExactlyInAnyOrder(0, 3);
        assertThat(closest.get(0).claimId()).isEqualTo(built.claimIds().get("e7"));
        assertThat(closest.get(0).score()).isEqualTo(1.0);
        assertThat(closest.get(3).claimId()).isEqualTo(built.claimIds().get("a4"));
    }

    @Test
    void an_edited_statement_is_matched_by_its_new_words_and_no_longer_by_the_old_ones() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        String body = "Officials spoke to reporters on Tuesday.";
        long article = fixtures.importIn(desk, "Briefing", body, "en");
        users.signIn(fixtures.addMember(desk, Role.FACT_CHECKER, "Edna Editor"));
        ClaimDetails claim = claims.create(new CreateClaim(article, 0, body.length(), body,
                new ClaimFields("Zanzibar ferry fares tripled in 2019", null, null, null, List.of()), null));
        assertThat(similar.match("Zanzibar ferry fares tripled in 2019", 5)).extracting(SimilarClaim::claimId)
                .containsExactly(claim.id());

        claims.edit(claim.id(), claim.version(),
                new ClaimFields("Mombasa container traffic fell by half", null, null, null, List.of()));

        assertThat(similar.match("Zanzibar ferry fares tripled in 2019", 5)).isEmpty();
        assertThat(similar.match("container traffic in Mombasa fell by half", 5)).extracting(SimilarClaim::claimId)
                .containsExactly(claim.id());
    }

    private SimilarClaim find(List<SimilarClaim> found, String key) {
        long id = built.claimIds().get(key);
        return found.stream().filter(c -> c.claimId() == id).findFirst().orElseThrow(() ->
                new AssertionError(key + " not among " + found));
    }
}
