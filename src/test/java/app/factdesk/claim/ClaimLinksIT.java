package app.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Same claim as" links: both ways, audited on both claims, inside one workspace, fact-checkers only. */
@IntegrationTest
class ClaimLinksIT {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimLinks links;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long claim(TwoWorkspaces.Other desk, long articleId, String checker, String quote, String statement) {
        String body = TwoWorkspaces.referenceArticle();
        int start = body.indexOf(quote);
        return users.as(checker, () -> claims.create(new CreateClaim(articleId, start, start + quote.length(), quote,
                new ClaimFields(statement, null, null, null, List.of()), null)).id());
    }

    @Test
    void a_link_is_seen_from_both_claims_audited_on_both_and_removed_the_same_way() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker");
        long a = claim(desk, articleId, checker, "بناءة ومثمرة", "The talks were constructive");
        long b = claim(desk, articleId, checker, "دميتري كوزاك", "Kozak took part in the talks");

        var events = audit.during(desk.workspaceId(), () -> assertThat(users.as(checker, () -> links.link(b, a)))
                .isTrue());
        assertThat(events).extracting(AuditTrail.Recorded::action, AuditTrail.Recorded::objectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("claim.linked", Long.toString(b)),
                        org.assertj.core.groups.Tuple.tuple("claim.linked", Long.toString(a)));
        assertThat(users.as(checker, () -> links.linkedTo(a))).extracting(LinkedClaim::claimId).containsExactly(b);
        assertThat(users.as(checker, () -> links.linkedTo(b))).extracting(LinkedClaim::statement)
                .containsExactly("The talks were constructive");
        assertThat(audit.during(desk.workspaceId(), () -> assertThat(users.as(checker, () -> links.link(a, b)))
                .as("linking again").isFalse())).isEmpty();

        String viewer = fixtures.addMember(desk, Role.VIEWER, "Vera Viewer");
        assertThat(users.as(viewer, () -> links.linkedTo(a))).hasSize(1);
        assertThatThrownBy(() -> users.as(viewer, () -> links.unlink(a, b))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(checker, () -> links.link(a, a))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("claim-link.self");

        var removed = audit.during(desk.workspaceId(), () -> assertThat(users.as(checker, () -> links.unlink(a, b)))
                .isTrue());
        assertThat(removed).extracting(AuditTrail.Recorded::action).containsExactly("claim.unlinked",
                "claim.unlinked");
        assertThat(users.as(checker, () -> links.linkedTo(b))).isEmpty();
    }

    @Test
    void a_claim_of_another_workspace_cannot_be_linked_or_seen() {
        TwoWorkspaces.Other one = fixtures.createOther();
        TwoWorkspaces.Other two = fixtures.createOther();
        long articleOne = fixtures.importReference(one);
        long articleTwo = fixtures.importReference(two);
        String checkerOne = fixtures.addMember(one, Role.FACT_CHECKER, "Checker One");
        String checkerTwo = fixtures.addMember(two, Role.FACT_CHECKER, "Checker Two");
        long mine = claim(one, articleOne, checkerOne, "بناءة ومثمرة", "Constructive talks");
        long theirs = claim(two, articleTwo, checkerTwo, "بناءة ومثمرة", "Constructive talks");

        assertThatThrownBy(() -> users.as(checkerOne, () -> links.link(mine, theirs)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("claim.not-found");
        assertThat(users.as(checkerOne, () -> links.linkedTo(theirs))).isEmpty();
    }
}
