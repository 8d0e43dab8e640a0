package app.factdesk;

import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import java.util.List;

/**
 * An article of {@code count} sentences ("Minister said rates rose n points.") with a claim on each, made through the
 * services by the signed-in user: for the PDF claim limit ({@code factdesk.exports.pdf-max-claims}, 300 in the tests).
 */
public final class ManyClaims {

    /** One more claim than the tests' PDF limit. */
    public static final int OVER_THE_PDF_LIMIT = 301;

    private ManyClaims() {
    }

    /** The article's text. */
    public static String body(int count) {
        StringBuilder body = new StringBuilder();
        for (int n = 0; n < count; n++) {
            body.append("Minister said rates rose ").append(n).append(" points. ");
        }
        return body.toString();
    }

    /** A claim on each sentence of the article, in order. */
    public static void claimEach(ArticleService articles, ClaimService claims, long articleId, int count) {
        String text = articles.find(articleId).orElseThrow().body();
        int from = 0;
        for (int n = 0; n < count; n++) {
            int start = text.indexOf("Minister", from);
            int end = text.indexOf('.', start) + 1;
            claims.create(new CreateClaim(articleId, start, end, text.substring(start, end),
                    new ClaimFields("Rates rose " + n + " points", null, null, null, List.of()), null));
            from = end;
        }
    }
}
