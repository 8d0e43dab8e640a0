package app.factdesk.report;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditObject;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.AuditService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictRow;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.TaskService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Gathers a {@link Report} through the other modules' services, so their security and workspace scope apply. */
@Component
class ReportAssembler {

    private static final Comparator<ClaimDetails> TEXT_ORDER = Comparator
            .comparingInt((ClaimDetails c) -> c.anchor().start()).thenComparing(ClaimDetails::id);

    private final ArticleService articles;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final SourceService sources;
    private final TaskService tasks;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectMapper json;
    /**
     * The export's read-only persistence context: the services read entities and hand out read models, and the
     * entities would otherwise stay in it until the export's transaction ends, as many as the report has rows. It is
     * cleared after each batch (nothing is written in it; the export's transaction is the outermost one, and the
     * application does not keep an entity manager open across a request).
     */
    private final jakarta.persistence.EntityManager entities;

    ReportAssembler(ArticleService articles, ClaimService claims, VerdictService verdicts, SourceService sources,
            TaskService tasks, AuditService audit, CurrentUser currentUser, Clock clock, ObjectMapper json,
            jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.articles = articles;
        this.claims = claims;
        this.verdicts = verdicts;
        this.sources = sources;
        this.tasks = tasks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
    }

    Report assemble(ExportRequest request, ExportProgress progress) {
        return request.rangeReport() ? assembleRange(request.from(), request.to(), progress)
                : assemble(request.articleId(), progress);
    }

    /** One article: its claims and the audit events of the article and of those claims' objects. */
    Report assemble(long articleId, ExportProgress progress) {
        ArticleDetails article = articles.find(articleId)
                .orElseThrow(() -> new UserFacingException("export.article-not-found"));
        List<ClaimDetails> ofArticle = claims.ofArticle(articleId).stream().sorted(TEXT_ORDER).toList();
        entities.clear();
        List<AuditObject> objects = new ArrayList<>(List.of(AuditObject.of("article", articleId)));
        long total = ofArticle.size() + 1L;
        List<ClaimReport> sections = sections(ofArticle, objects, done -> progress.update(done, total));
        var events = audit.ofObjects(objects);
        progress.update(total, total);
        return report(null, null, List.of(new ArticleReport(article, sections)), events);
    }

    /**
     * The workspace between two UTC days (both included): the claims created in the range or named by one of its
     * audit events (a claim's own events, a verdict's, and any event whose values carry a {@code claimId}), grouped by
     * article, and all the workspace's audit events of the range.
     */
    Report assembleRange(LocalDate from, LocalDate to, ExportProgress progress) {
        List<AuditRow> events = new ArrayList<>();
        audit.stream(new AuditFilter(null, null, null, null, from, to), events::add);
        Set<Long> claimIds = new TreeSet<>();
        Set<Long> verdictIds = new TreeSet<>();
        for (AuditRow event : events) {
            if ("claim".equals(event.objectType())) {
                addId(claimIds, event.objectId());
            } else if ("verdict".equals(event.objectType())) {
                addId(verdictIds, event.objectId());
            }
            claimIdIn(event.before(), claimIds);
            claimIdIn(event.after(), claimIds);
        }
        claims.createdBetween(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).forEach(c -> claimIds.add(c.id()));
        verdictIds.forEach(id -> verdicts.find(id).ifPresent(v -> claimIds.add(v.claimId())));
        Map<Long, List<ClaimDetails>> byArticle = new TreeMap<>();
        List<Long> ids = List.copyOf(claimIds);
        for (int at = 0; at < ids.size(); at += BATCH) {
            claims.findAll(ids.subList(at, Math.min(ids.size(), at + BATCH))).values().forEach(c ->
                    byArticle.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(c));
            entities.clear();
        }
        long total = claimIds.size() + 1L;
        long done = 0;
        List<AuditObject> ignored = new ArrayList<>();
        List<ArticleReport> sections = new ArrayList<>();
        for (Map.Entry<Long, List<ClaimDetails>> entry : byArticle.entrySet()) {
            var article = articles.find(entry.getKey());
            if (article.isEmpty()) {
                continue;
            }
            long before = done;
            List<ClaimReport> ofArticle = sections(entry.getValue().stream().sorted(TEXT_ORDER).toList(), ignored,
                    n -> progress.update(before + n, total));
            done += ofArticle.size();
            sections.add(new ArticleReport(article.get(), ofArticle));
        }
        progress.update(total, total);
        return report(from, to, sections, events);
    }

    /** Claims read together per kind: a report of thousands of claims runs a few queries per batch, not per claim. */
    private static final int BATCH = 500;

    private List<ClaimReport> sections(List<ClaimDetails> ofArticle, List<AuditObject> objects,
            java.util.function.LongConsumer done) {
        List<ClaimReport> sections = new ArrayList<>(ofArticle.size());
        for (int from = 0; from < ofArticle.size(); from += BATCH) {
            List<ClaimDetails> batch = ofArticle.subList(from, Math.min(ofArticle.size(), from + BATCH));
            List<Long> ids = batch.stream().map(ClaimDetails::id).toList();
            var verdictsOf = verdicts.ofClaims(ids);
            var sourcesOf = sources.rowsOfClaims(ids);
            var tasksOf = tasks.ofClaims(ids);
            for (ClaimDetails claim : batch) {
                sections.add(section(new ClaimReport(claim, verdictsOf.getOrDefault(claim.id(), List.of()),
                        sourcesOf.getOrDefault(claim.id(), List.of()), tasksOf.getOrDefault(claim.id(), List.of())),
                        objects));
            }
            entities.clear();
            done.accept(sections.size());
        }
        return sections;
    }

    private static ClaimReport section(ClaimReport section, List<AuditObject> objects) {
        ClaimDetails claim = section.claim();
        List<VerdictRow> history = section.verdicts();
        objects.add(AuditObject.of("claim", claim.id()));
        history.forEach(v -> objects.add(AuditObject.of("verdict", v.id())));
        section.sources().forEach(s -> objects.add(AuditObject.of("source", s.id())));
        section.tasks().forEach(t -> objects.add(AuditObject.of("task", t.id())));
        return section;
    }

    private Report report(LocalDate from, LocalDate to, List<ArticleReport> sections, List<AuditRow> events) {
        var user = currentUser.require();
        return new Report(clock.instant(), user.displayName(), currentUser.workspaceId(),
                currentUser.workspace().workspaceName(), from, to,
                sections, events, audit.head());
    }

    private void claimIdIn(String values, Set<Long> claimIds) {
        if (values == null || !values.contains("\"claimId\"")) {
            return;
        }
        try {
            JsonNode id = json.readTree(values).get("claimId");
            if (id != null && id.canConvertToLong()) {
                claimIds.add(id.asLong());
            }
        } catch (IOException e) {
            // not JSON: nothing to learn from it
        }
    }

    private static void addId(Set<Long> ids, String id) {
        try {
            ids.add(Long.parseLong(id));
        } catch (NumberFormatException e) {
            // not a numeric id: not one of ours
        }
    }
}
