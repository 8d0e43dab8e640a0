package app.factdesk.verdict;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A fresh desk with a checker, two editors and a claim of the reference article in verification. */
@Component
public class VerdictDesk {

    /** The people and the claim of one fresh desk. */
    public record Desk(TwoWorkspaces.Other other, String checker, String editor, String secondEditor, String admin,
            long claimId) {
    }

    private final TwoWorkspaces fixtures;
    private final TestUsers users;
    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;

    VerdictDesk(TwoWorkspaces fixtures, TestUsers users, ArticleService articles, ClaimService claims,
            SourceService sources, VerdictService verdicts, RatingScaleService ratings) {
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.fixtures = fixtures;
        this.users = users;
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
    }

    public Desk create() {
        TwoWorkspaces.Other other = fixtures.createOther();
        long articleId = fixtures.importReference(other);
        String checker = fixtures.addMember(other, Role.FACT_CHECKER, "Fatima Checker");
        String editor = fixtures.addMember(other, Role.EDITOR, "Elias Editor");
        String second = fixtures.addMember(other, Role.EDITOR, "Salma Editor");
        long claimId = users.as(checker, () -> {
            String body = articles.find(articleId).orElseThrow().body();
            int start = body.indexOf("بيسكوف");
            String exact = body.substring(start, start + 40);
            ClaimDetails claim = claims.create(new CreateClaim(articleId, start, start + exact.length(), exact,
                    new ClaimFields("Peskov said Putin and Biden had no contacts", "Dmitry Peskov", null,
                            Priority.HIGH, List.of()), null));
            return claims.startVerification(claim.id(), claim.version()).id();
        });
        return new Desk(other, checker, editor, second, other.adminUsername(), claimId);
    }

    /** Adds a source without a file as the signed-in user and returns its id. */
    public long addSource(long claimId) {
        return sources.add(source(claimId, "https://en.kremlin.ru/events/president/news/" + UUID.randomUUID()), null)
                .id();
    }

    /**
     * Takes the desk's claim through the whole sign-off as its people would: the checker proposes "Mostly false"
     * with one source, the editor approves and publishes. Returns the verdict's id.
     */
    public long publishVerdict(Desk desk) {
        long verdictId = users.as(desk.checker(), () -> {
            long label = ratings.activeLabels().stream().filter(l -> l.labelEn().equals("Mostly false")).findFirst()
                    .orElseThrow().id();
            return verdicts.propose(new ProposeVerdict(desk.claimId(), label, "نفى الكرملين ذلك في بيان رسمي.",
                    List.of(addSource(desk.claimId())))).id();
        });
        users.as(desk.editor(), () -> verdicts.approve(verdictId));
        users.as(desk.editor(), () -> verdicts.publish(verdictId, null));
        return verdictId;
    }

    public static AddSource source(long claimId, String url) {
        return new AddSource(claimId, url, "Readout of the briefing", "Kremlin press office",
                SourceType.OFFICIAL_STATEMENT, "Peskov: there were no contacts", LocalDate.of(2024, 10, 14),
                Stance.SUPPORTS, 5);
    }
}
