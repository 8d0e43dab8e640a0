package app.factdesk.discussion;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A fresh desk with an editor, a second editor, two checkers, a viewer and one claim on the reference article. */
@Component
class DiscussionFixture {

    record Desk(TwoWorkspaces.Other desk, long articleId, String editor, String secondEditor, String checker,
            String otherChecker, String viewer) {
    }

    private final TestUsers users;
    private final TwoWorkspaces fixtures;
    private final ClaimService claims;

    DiscussionFixture(TestUsers users, TwoWorkspaces fixtures, ClaimService claims) {
        this.users = users;
        this.fixtures = fixtures;
        this.claims = claims;
    }

    Desk desk() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        return new Desk(desk, fixtures.importReference(desk), fixtures.addMember(desk, Role.EDITOR, "Elias Editor"),
                fixtures.addMember(desk, Role.EDITOR, "Samira Editor"),
                fixtures.addMember(desk, Role.FACT_CHECKER, "Fatima Checker"),
                fixtures.addMember(desk, Role.FACT_CHECKER, "Omar Checker"),
                fixtures.addMember(desk, Role.VIEWER, "Vera Viewer"));
    }

    /** A claim created by the desk's checker; leaves the checker signed in. */
    ClaimDetails claim(Desk desk) {
        users.signIn(desk.checker());
        String quote = "التوصل إلى تفاهم بشأن استمرار الاتصالات";
        int start = TwoWorkspaces.referenceArticle().indexOf(quote);
        return claims.create(new CreateClaim(desk.articleId(), start, start + quote.length(), quote,
                new ClaimFields("Moscow and Washington agreed on further contacts", "Dmitry Peskov", null,
                        Priority.NORMAL, List.of()), null));
    }

    /** The user id of a member, leaving whoever is signed in signed in. */
    long idOf(String username) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        long id = ((FactDeskUser) users.signIn(username)).userId();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return id;
    }
}
