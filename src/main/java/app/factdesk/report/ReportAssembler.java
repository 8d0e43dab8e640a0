package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.audit.AuditObject;
import app.factdesk.audit.AuditService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.TaskService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers a {@link Report} through the other modules' services, so their security and workspace scope apply. */
@Component
class ReportAssembler {

    private final ArticleService articles;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final SourceService sources;
    private final TaskService tasks;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportAssembler(ArticleService articles, ClaimService claims, VerdictService verdicts, SourceService sources,
            TaskService tasks, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.verdicts = verdicts;
        this.sources = sources;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Report assemble(long articleId, ExportProgress progress) {
        ArticleDetails article = articles.find(articleId)
                .orElseThrow(() -> new UserFacingException("export.article-not-found"));
        List<ClaimDetails> ofArticle = claims.ofArticle(articleId).stream()
                .sorted(Comparator.comparingInt((ClaimDetails c) -> c.anchor().start()).thenComparing(ClaimDetails::id))
                .toList();
        List<ClaimReport> sections = new ArrayList<>();
        List<AuditObject> objects = new ArrayList<>(List.of(AuditObject.of("article", articleId)));
        long total = ofArticle.size() + 1L;
        for (ClaimDetails claim : ofArticle) {
            List<VerdictRow> history = verdicts.ofClaim(claim.id());
            ClaimReport section = new ClaimReport(claim, history, sources.ofClaim(claim.id()),
                    tasks.ofClaim(claim.id()));
            sections.add(section);
            objects.add(AuditObject.of("claim", claim.id()));
            history.forEach(v -> objects.add(AuditObject.of("verdict", v.id())));
            section.sources().forEach(s -> objects.add(AuditObject.of("source", s.id())));
            section.tasks().forEach(t -> objects.add(AuditObject.of("task", t.id())));
            progress.update(sections.size(), total);
        }
        var events = audit.ofObjects(objects);
        progress.update(total, total);
        var user = currentUser.require();
        return new Report(clock.instant(), user.displayName(), currentUser.workspace().workspaceName(), article,
                sections, events, audit.head());
    }
}
