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
import app.factdesk.verdict.SourceRow;
import app.factdesk.verdict.snapshot.SnapshotRow;
import app.factdesk.verdict.snapshot.SnapshotService;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.TaskService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
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
    private final SnapshotService snapshots;
    private final CurrentUser currentUser;
    private final Clock clock;
    /**
     * The export's read-only persistence context: the services read entities and hand out read models, and the
     * entities would otherwise stay in it until the export's transaction ends, as many as the report has rows. It is
     * cleared after each batch (nothing is written in it; the export's transaction is the outermost one, and the
     * application does not keep an entity manager open across a request).
     */
    private final jakarta.persistence.EntityManager entities;

    ReportAssembler(ArticleService articles, ClaimService claims, VerdictService verdicts, SourceService sources,
            TaskService tasks, AuditService audit, SnapshotService snapshots, CurrentUser currentUser, Clock clock,
            jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.articles = articles;
        this.claims = claims;
        this.verdicts = verdicts;
        this.sources = sources;
        this.tasks = tasks;
        this.audit = audit;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Report assemble(ExportRequest request, ExportProgress progress) {
        // A ClaimReview export reads no audit events: its progress counts claims only, and the events are never looked up.
        boolean withEvents = request.kind() != ExportKind.CLAIM_REVIEW;
        return request.rangeReport() ? assembleRange(request.from(), request.to(), progress, withEvents)
                : assemble(request.articleId(), progress, withEvents);
    }

    /**
     * One article: its claims and the audit events of the article and of those claims' objects. Only the claims' ids
     * are read here; the rows are read while the report is written ({@link Rows}), inside the caller's transaction.
     */
    Report assemble(long articleId, ExportProgress progress, boolean withEvents) {
        ArticleDetails article = articles.find(articleId)
                .orElseThrow(() -> new UserFacingException("export.article-not-found"));
        List<Long> ids = claims.idsOfArticle(articleId);
        // The events of the article, its claims and their verdicts, sources and tasks: the objects are gathered (as ids)
        // by one pass over the claims when the events are first needed, and only the events' chain positions are kept.
        Supplier<long[]> positions = once(() -> {
            List<AuditObject> objects = new ArrayList<>(List.of(AuditObject.of("article", articleId)));
            for (int at = 0; at < ids.size(); at += BATCH) {
                objectsOf(ids.subList(at, Math.min(ids.size(), at + BATCH)), objects);
            }
            return audit.positionsOf(objects);
        });
        Tally tally = new Tally(progress, () -> ids.size() + (withEvents ? positions.get().length : 0));
        Rows<AuditRow> events = Rows.paged(() -> positions.get().length, () -> eventPages(positions.get(), tally));
        return report(null, null, List.of(new ArticleReport(article, claimRows(ids, tally))), events);
    }

    /**
     * The workspace between two UTC days (both included): the claims created in the range or named by one of its
     * audit events (a claim's own events, a verdict's, and any event whose values carry a {@code claimId}), grouped by
     * article, and all the workspace's audit events of the range. The claims are found from the events' object ids and
     * values without reading the events themselves, which are read once, while the report is written.
     */
    Report assembleRange(LocalDate from, LocalDate to, ExportProgress progress, boolean withEvents) {
        AuditFilter filter = new AuditFilter(null, null, null, null, from, to);
        long[] positions = withEvents ? audit.positionsOf(filter) : new long[0];
        Map<String, Set<Long>> objects = audit.objectIdsIn(filter, List.of("claim", "verdict"));
        Set<Long> claimIds = new TreeSet<>(objects.get("claim"));
        claimIds.addAll(audit.valueIdsIn(filter, "claimId"));
        claimIds.addAll(claims.idsCreatedBetween(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        List<Long> verdictIds = List.copyOf(objects.get("verdict"));
        for (int at = 0; at < verdictIds.size(); at += BATCH) {
            claimIds.addAll(verdicts.claimIdsOf(verdictIds.subList(at, Math.min(verdictIds.size(), at + BATCH))));
        }
        // Each article's claims in text order, kept as (start of the anchor, id) pairs.
        Map<Long, List<long[]>> byArticle = new TreeMap<>();
        List<Long> ids = List.copyOf(claimIds);
        for (int at = 0; at < ids.size(); at += BATCH) {
            claims.findAll(ids.subList(at, Math.min(ids.size(), at + BATCH))).values().forEach(c ->
                    byArticle.computeIfAbsent(c.articleId(), a -> new ArrayList<>())
                            .add(new long[] {c.anchor().start(), c.id()}));
            entities.clear();
        }
        List<Map.Entry<ArticleDetails, List<Long>>> inTextOrder = new ArrayList<>();
        for (Map.Entry<Long, List<long[]>> entry : byArticle.entrySet()) {
            articles.find(entry.getKey()).ifPresent(article -> inTextOrder.add(Map.entry(article, entry.getValue()
                    .stream().sorted(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]))
                    .map(c -> c[1]).toList())));
        }
        long claimCount = inTextOrder.stream().mapToLong(e -> e.getValue().size()).sum();
        Tally tally = new Tally(progress, () -> claimCount + positions.length);
        List<ArticleReport> sections = inTextOrder.stream()
                .map(e -> new ArticleReport(e.getKey(), claimRows(e.getValue(), tally))).toList();
        Rows<AuditRow> events = Rows.paged(() -> positions.length, () -> eventPages(positions, tally));
        return report(from, to, sections, events);
    }

    /**
     * How far the report has been read: each claim and each audit event is a step, counted as its page is read while
     * the report is written, so the progress reaches its total as the last page is read. The total is asked for at
     * the first step (for an article, the events are looked up by then: the writers count them first).
     */
    private static final class Tally {
        private final ExportProgress progress;
        private final java.util.function.LongSupplier total;
        private long done;

        Tally(ExportProgress progress, java.util.function.LongSupplier total) {
            this.progress = progress;
            this.total = total;
        }

        void read(long steps) {
            done += steps;
            progress.update(done, total.getAsLong());
        }
    }

    /** Claims read together per kind: a report of thousands of claims runs a few queries per batch, not per claim. */
    private static final int BATCH = 500;
    /** Events read per page while a report is written. */
    private static final int EVENT_PAGE = 2000;

    /**
     * The claims {@code ids} (in this order) with their verdicts, sources, tasks and archived copies, read a batch at a
     * time as they are iterated; {@code read} is told how many claims each batch added. The persistence context is
     * cleared after each batch.
     */
    private Rows<ClaimReport> claimRows(List<Long> ids, Tally read) {
        return Rows.paged(ids::size, () -> {
            int[] at = {0};
            return () -> {
                if (at[0] >= ids.size()) {
                    return List.of();
                }
                List<Long> batch = ids.subList(at[0], Math.min(ids.size(), at[0] + BATCH));
                at[0] += batch.size();
                List<ClaimReport> page = batch(batch);
                read.read(batch.size());
                return page;
            };
        });
    }

    private List<ClaimReport> batch(List<Long> ids) {
        var found = claims.findAll(ids);
        var verdictsOf = verdicts.ofClaims(ids);
        var sourcesOf = sources.rowsOfClaims(ids);
        var tasksOf = tasks.ofClaims(ids);
        List<Long> sourceIds = sourcesOf.values().stream().flatMap(List::stream).map(SourceRow::id).toList();
        Map<Long, List<SnapshotRow>> copies = sourceIds.isEmpty() ? Map.of() : snapshots.bySource(sourceIds);
        List<ClaimReport> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ClaimDetails claim = found.get(id);
            if (claim == null) {
                // The ids were read in this workspace in the same snapshot, and claims are never deleted.
                throw new IllegalStateException("claim " + id + " of the report was not found");
            }
            List<SourceRow> ofClaim = sourcesOf.getOrDefault(id, List.of());
            Map<Long, List<SnapshotRow>> ofSources = new HashMap<>();
            ofClaim.forEach(s -> {
                List<SnapshotRow> kept = copies.get(s.id());
                if (kept != null) {
                    ofSources.put(s.id(), kept);
                }
            });
            page.add(new ClaimReport(claim, verdictsOf.getOrDefault(id, List.of()), ofClaim,
                    tasksOf.getOrDefault(id, List.of()), ofSources));
        }
        entities.clear();
        return page;
    }

    /** A reading of the events at these chain positions, in chain order, a page at a time. */
    private Rows.Pages<AuditRow> eventPages(long[] positions, Tally read) {
        int[] at = {0};
        return () -> {
            if (at[0] >= positions.length) {
                return List.of();
            }
            int to = Math.min(positions.length, at[0] + EVENT_PAGE);
            List<AuditRow> page = audit.rowsAt(positions, at[0], to);
            at[0] = to;
            read.read(page.size());
            return page;
        };
    }

    /** The claims {@code ids} and their verdicts, sources and tasks, as objects of audit events (ids only). */
    private void objectsOf(List<Long> ids, List<AuditObject> objects) {
        ids.forEach(id -> objects.add(AuditObject.of("claim", id)));
        verdicts.idsOfClaims(ids).forEach(id -> objects.add(AuditObject.of("verdict", id)));
        sources.idsOfClaims(ids).forEach(id -> objects.add(AuditObject.of("source", id)));
        tasks.idsOfClaims(ids).forEach(id -> objects.add(AuditObject.of("task", id)));
    }

    /** {@code value}, computed on first use and kept. */
    private static <T> Supplier<T> once(Supplier<T> value) {
        Object[] kept = {null};
        return () -> {
            if (kept[0] == null) {
                kept[0] = value.get();
            }
            @SuppressWarnings("unchecked")
            T result = (T) kept[0];
            return result;
        };
    }

    private Report report(LocalDate from, LocalDate to, List<ArticleReport> sections, Rows<AuditRow> events) {
        var user = currentUser.require();
        return new Report(clock.instant(), user.displayName(), currentUser.workspaceId(),
                currentUser.workspace().workspaceName(), from, to,
                sections, events, audit.head());
    }
}
