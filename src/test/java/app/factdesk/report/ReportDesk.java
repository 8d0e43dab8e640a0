package app.factdesk.report;

import app.factdesk.TestUsers;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A fresh desk with the reference article and two claims: the first (Peskov) with a published verdict, the second
 * (the quote with the article's no-break space, a formula as its statement) still in draft.
 */
@Component
class ReportDesk {

    record Desk(VerdictDesk.Desk desk, long articleId, long publishedClaimId, long draftClaimId, String draftQuote) {
    }

    private final VerdictDesk desks;
    private final TestUsers users;
    private final ArticleService articles;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;

    ReportDesk(VerdictDesk desks, TestUsers users, ArticleService articles, ClaimService claims,
            VerdictService verdicts, RatingScaleService ratings) {
        this.desks = desks;
        this.users = users;
        this.articles = articles;
        this.claims = claims;
        this.verdicts = verdicts;
        this.ratings = ratings;
    }

    Desk create() {
        VerdictDesk.Desk desk = desks.create();
        long articleId = users.as(desk.checker(), () -> claims.find(desk.claimId()).orElseThrow().articleId());
        desks.publishVerdict(desk);
        String[] quote = new String[1];
        long draft = users.as(desk.checker(), () -> {
            String body = articles.find(articleId).orElseThrow().body();
            int nbsp = body.indexOf('\u00A0');
            int start = body.lastIndexOf(' ', nbsp - 10) + 1;
            quote[0] = body.substring(start, nbsp + 12);
            ClaimDetails claim = claims.create(new CreateClaim(articleId, start, nbsp + 12, quote[0],
                    new ClaimFields("=HYPERLINK(\"http://x\",\"y\")", "Sputnik", null, Priority.NORMAL, List.of()),
                    null));
            return claim.id();
        });
        return new Desk(desk, articleId, desk.claimId(), draft, quote[0]);
    }
}
