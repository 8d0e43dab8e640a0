package app.factdesk.report;

import app.factdesk.attest.AttestationService;
import app.factdesk.attest.CheckpointService;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ExportedEvents;
import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.verdict.snapshot.SnapshotRow;
import app.factdesk.verdict.snapshot.SnapshotService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The report as JSON, schema {@value #SCHEMA}: each claim's anchor is a W3C Web Annotation target with a
 * {@code TextPositionSelector} and a {@code TextQuoteSelector}; times are ISO-8601 UTC. {@code scope} is
 * {@code article} (then {@code article} and {@code claims}) or {@code range} (then {@code from}, {@code to} and
 * {@code articles}, each with its {@code article} and {@code claims}). {@code auditEvents} carry every hashed field,
 * {@code chain} places them in the workspace's chain, and {@code signature} signs the rest (ADR 018).
 */
@Component
class JsonReport {

    static final String SCHEMA = "factdesk-report/1";

    private final ObjectMapper json;
    private final AttestationService attestation;
    private final CheckpointService checkpoints;
    private final SnapshotService snapshots;

    JsonReport(ObjectMapper json, AttestationService attestation, CheckpointService checkpoints,
            SnapshotService snapshots) {
        this.snapshots = snapshots;
        this.json = json;
        this.attestation = attestation;
        this.checkpoints = checkpoints;
    }

    /** Writes the report with its detached signature (ADR 018). */
    void write(Report report, OutputStream out) throws IOException {
        ObjectNode document = tree(report);
        // The latest checkpoint this export's chain extends: the verifier checks it wherever the export reaches it.
        checkpoints.latestUpTo(report.chainHead().count()).ifPresent(checkpoint ->
                document.set("checkpoint", ExportedEvents.parse(checkpoint.document())));
        json.writerWithDefaultPrettyPrinter().writeValue(out, attestation.sign(document));
    }

    ObjectNode tree(Report report) {
        // One query for the snapshots of every source in the report.
        java.util.Map<Long, List<SnapshotRow>> captured = snapshots.bySource(report.sourceIds());
        ObjectNode root = json.createObjectNode();
        root.put("schemaVersion", SCHEMA);
        root.put("generatedAt", report.generatedAt().toString());
        root.put("generatedBy", report.generatedBy());
        root.put("workspace", report.workspaceName());
        if (report.ofRange()) {
            root.put("scope", "range");
            root.put("from", report.from().toString());
            root.put("to", report.to().toString());
            ArrayNode articles = root.putArray("articles");
            for (ArticleReport article : report.articles()) {
                ObjectNode node = articles.addObject();
                node.set("article", json.valueToTree(article.article()));
                claims(node.putArray("claims"), article.claims(), captured);
            }
        } else {
            root.put("scope", "article");
            root.set("article", json.valueToTree(report.article()));
            claims(root.putArray("claims"), report.claims(), captured);
        }
        ArrayNode events = root.putArray("auditEvents");
        for (AuditRow row : report.events()) {
            events.add(ExportedEvents.json(row));
        }
        root.set("chain", chain(report));
        ObjectNode head = root.putObject("chainHead");
        head.put("count", report.chainHead().count());
        head.put("hash", report.chainHead().hash());
        head.put("algorithm", "SHA-256 over previous hash and canonical event bytes (docs/adr/006-audit-hash-chain.md)");
        return root;
    }

    private void claims(ArrayNode claims, List<ClaimReport> sections,
            java.util.Map<Long, List<SnapshotRow>> captured) {
        for (ClaimReport section : sections) {
            ObjectNode claim = json.valueToTree(section.claim());
            claim.remove("anchor");
            claim.set("target", target(section.claim()));
            claim.set("verdicts", json.valueToTree(section.verdicts()));
            claim.set("sources", sources(section, captured));
            claim.set("tasks", json.valueToTree(section.tasks()));
            claims.add(claim);
        }
    }

    /**
     * The claim's sources, each with its snapshots (ADR 026): state, hash and size of the WARC, and in the style of
     * a Web Annotation {@code TimeState} the capture time ({@code sourceDate}) and where the copy is kept
     * ({@code cachedSource}, a path of this desk).
     */
    private ArrayNode sources(ClaimReport section, java.util.Map<Long, List<SnapshotRow>> captured) {
        ArrayNode sources = json.valueToTree(section.sources());
        for (com.fasterxml.jackson.databind.JsonNode node : sources) {
            ArrayNode list = ((ObjectNode) node).putArray("snapshots");
            for (SnapshotRow snapshot : captured.getOrDefault(node.path("id").asLong(), List.of())) {
                ObjectNode entry = list.addObject();
                entry.put("status", snapshot.status().name());
                entry.put("requestedAt", snapshot.requestedAt().toString());
                if (snapshot.status() == SnapshotRow.Status.CAPTURED) {
                    entry.put("sourceDate", snapshot.finishedAt().toString());
                    entry.put("cachedSource", "/snapshots/" + snapshot.id() + "/warc");
                    entry.put("finalUrl", snapshot.finalUrl());
                    entry.put("sha256", snapshot.warcSha256());
                    entry.put("size", snapshot.warcSize());
                    entry.put("truncated", snapshot.truncated());
                } else if (snapshot.status() == SnapshotRow.Status.FAILED) {
                    entry.put("failure", snapshot.failure());
                }
            }
        }
        return sources;
    }

    private ObjectNode target(ClaimDetails claim) {
        Anchor anchor = claim.anchor();
        ObjectNode target = json.createObjectNode();
        target.put("source", "article/" + claim.articleId());
        ArrayNode selectors = target.putArray("selector");
        selectors.addObject().put("type", "TextPositionSelector").put("start", anchor.start()).put("end", anchor.end());
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", anchor.exact())
                .put("prefix", anchor.prefix()).put("suffix", anchor.suffix());
        return target;
    }

    /**
     * Where the events sit in the workspace's chain: a range report holds every event from {@code firstSeq} to
     * {@code lastSeq} ({@code contiguous}), an article report a selection; {@code previousHash} links the first event
     * to the full chain.
     */
    private ObjectNode chain(Report report) {
        ObjectNode chain = json.createObjectNode();
        chain.put("workspaceId", report.workspaceId());
        chain.put("contiguous", report.ofRange());
        List<AuditRow> events = report.events();
        if (events.isEmpty()) {
            chain.putNull("firstSeq").putNull("lastSeq").putNull("previousHash");
        } else {
            chain.put("firstSeq", events.get(0).seq()).put("lastSeq", events.get(events.size() - 1).seq())
                    .put("previousHash", events.get(0).prevHash());
        }
        chain.put("eventCount", events.size());
        return chain;
    }
}
