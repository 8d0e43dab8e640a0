package app.factdesk.report;

import app.factdesk.attest.AttestationService;
import app.factdesk.attest.CheckpointService;
import app.factdesk.attest.StreamingSignature;
import app.factdesk.attest.verify.DetachedSignature;
import app.factdesk.audit.AuditRow;
import app.factdesk.audit.ExportedEvents;
import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.verdict.snapshot.SnapshotRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
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

    JsonReport(ObjectMapper json, AttestationService attestation, CheckpointService checkpoints) {
        this.json = json;
        this.attestation = attestation;
        this.checkpoints = checkpoints;
    }

    /**
     * Writes the report with its detached signature (ADR 018) as a stream (ADR 023): members in canonical order (ADR
     * 006: sorted keys, no whitespace), each claim and event turned into JSON, written and signed, then dropped; the
     * {@code signature} member comes last. What is written is the signed payload itself, so no tree of the whole
     * report is ever built.
     */
    void write(Report report, OutputStream out) throws IOException {
        StreamingSignature signature = attestation.startSignature();
        ChainSpan span = new ChainSpan();
        SortedMap<String, Item<Canonical>> members = new TreeMap<>();
        members.put("schemaVersion", canonical -> canonical.value(TextNode.valueOf(SCHEMA)));
        members.put("generatedAt", canonical -> canonical.value(TextNode.valueOf(report.generatedAt().toString())));
        members.put("generatedBy", canonical -> canonical.value(TextNode.valueOf(report.generatedBy())));
        members.put("workspace", canonical -> canonical.value(TextNode.valueOf(report.workspaceName())));
        if (report.ofRange()) {
            members.put("scope", canonical -> canonical.value(TextNode.valueOf("range")));
            members.put("from", canonical -> canonical.value(TextNode.valueOf(report.from().toString())));
            members.put("to", canonical -> canonical.value(TextNode.valueOf(report.to().toString())));
            members.put("articles", canonical -> canonical.array(report.articles(), article -> {
                SortedMap<String, Item<Canonical>> entry = new TreeMap<>();
                entry.put("article", inner -> inner.value(json.valueToTree(article.article())));
                entry.put("claims", inner -> inner.array(article.claims(),
                        section -> inner.value(claim(section))));
                canonical.members(entry);
                canonical.raw("}");
            }));
        } else {
            members.put("scope", canonical -> canonical.value(TextNode.valueOf("article")));
            members.put("article", canonical -> canonical.value(json.valueToTree(report.article())));
            members.put("claims", canonical -> canonical.array(report.claims(),
                    section -> canonical.value(claim(section))));
        }
        // "auditEvents" comes before "chain" (keys are sorted): the events' span in the chain is noted as they are
        // written, so they are read once.
        members.put("auditEvents", canonical -> canonical.array(report.events(), row -> {
            span.saw(row);
            canonical.value(ExportedEvents.json(row));
        }));
        members.put("chain", canonical -> canonical.value(chain(report, span)));
        members.put("chainHead", canonical -> canonical.value(chainHead(report)));
        // The latest checkpoint this export's chain extends: the verifier checks it wherever the export reaches it.
        checkpoints.latestUpTo(report.chainHead().count()).ifPresent(checkpoint -> members.put("checkpoint",
                canonical -> canonical.value(ExportedEvents.parse(checkpoint.document()))));

        // Spooled to a temporary file while it is signed: if signing fails (a time-stamping authority that does not
        // answer), the caller has received nothing and can still answer with a message instead of half a file.
        java.nio.file.Path spool = java.nio.file.Files.createTempFile("factdesk-report-", ".json");
        try {
            try (OutputStream file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spool),
                    1 << 16)) {
                new Canonical(file, signature.payload()).members(members);
                // the payload closes here; the file goes on with the signature member
                signature.payload().write('}');
            }
            byte[] signed = json.writeValueAsBytes(signature.finish());
            java.nio.file.Files.copy(spool, out);
            out.write((",\"" + DetachedSignature.MEMBER + "\":").getBytes(StandardCharsets.UTF_8));
            out.write(signed);
            out.write('}');
            out.flush();
        } finally {
            java.nio.file.Files.deleteIfExists(spool);
        }
    }

    private ObjectNode chainHead(Report report) {
        ObjectNode head = json.createObjectNode();
        head.put("count", report.chainHead().count());
        head.put("hash", report.chainHead().hash());
        head.put("algorithm", "SHA-256 over previous hash and canonical event bytes (docs/adr/006-audit-hash-chain.md)");
        return head;
    }

    private ObjectNode claim(ClaimReport section) {
        ObjectNode claim = json.valueToTree(section.claim());
        claim.remove("anchor");
        claim.set("target", target(section.claim()));
        claim.set("verdicts", json.valueToTree(section.verdicts()));
        claim.set("sources", sources(section));
        claim.set("tasks", json.valueToTree(section.tasks()));
        return claim;
    }

    /** Writes canonical JSON text to the file and to the signature at once. */
    private record Canonical(OutputStream file, OutputStream signed) {

        void raw(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            file.write(bytes);
            signed.write(bytes);
        }

        void value(com.fasterxml.jackson.databind.JsonNode node) throws IOException {
            raw(ExportedEvents.canonical(node));
        }

        /** An object's opening brace and its members, keys in canonical (sorted) order; the caller closes it. */
        void members(SortedMap<String, Item<Canonical>> members) throws IOException {
            String separator = "{";
            for (var member : members.entrySet()) {
                raw(separator);
                value(TextNode.valueOf(member.getKey()));
                raw(":");
                member.getValue().write(this);
                separator = ",";
            }
        }

        <T> void array(Iterable<T> items, Item<T> item) throws IOException {
            raw("[");
            String separator = "";
            for (T each : items) {
                raw(separator);
                item.write(each);
                separator = ",";
            }
            raw("]");
        }
    }

    /** Writes one item (an array element, or a member's value); may fail as the file or the signature does. */
    private interface Item<T> {
        void write(T item) throws IOException;
    }

    /**
     * The claim's sources, each with its snapshots (ADR 026): state, hash and size of the WARC, and in the style of
     * a Web Annotation {@code TimeState} the capture time ({@code sourceDate}) and where the copy is kept
     * ({@code cachedSource}, a path of this desk).
     */
    private ArrayNode sources(ClaimReport section) {
        ArrayNode sources = json.valueToTree(section.sources());
        for (com.fasterxml.jackson.databind.JsonNode node : sources) {
            ArrayNode list = ((ObjectNode) node).putArray("snapshots");
            for (SnapshotRow snapshot : section.snapshotsOf(node.path("id").asLong())) {
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
    private ObjectNode chain(Report report, ChainSpan span) {
        if (span.count != report.events().size()) {
            throw new IllegalStateException("the report counted " + report.events().size() + " events and wrote "
                    + span.count);
        }
        ObjectNode chain = json.createObjectNode();
        chain.put("workspaceId", report.workspaceId());
        chain.put("contiguous", report.ofRange());
        if (span.count == 0) {
            chain.putNull("firstSeq").putNull("lastSeq").putNull("previousHash");
        } else {
            chain.put("firstSeq", span.firstSeq).put("lastSeq", span.lastSeq).put("previousHash", span.previousHash);
        }
        chain.put("eventCount", span.count);
        return chain;
    }

    /** The first and last chain positions of the events written, and the hash before the first. */
    private static final class ChainSpan {
        private int count;
        private long firstSeq;
        private long lastSeq;
        private String previousHash;

        void saw(AuditRow event) {
            if (count++ == 0) {
                firstSeq = event.seq();
                previousHash = event.prevHash();
            }
            lastSeq = event.seq();
        }
    }
}
