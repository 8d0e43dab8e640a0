package app.factdesk.report;

import app.factdesk.audit.AuditRow;
import app.factdesk.claim.Anchor;
import app.factdesk.claim.ClaimDetails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * The report as JSON, schema {@value #SCHEMA}: each claim's anchor is a W3C Web Annotation target with a
 * {@code TextPositionSelector} and a {@code TextQuoteSelector}; times are ISO-8601 UTC.
 */
@Component
class JsonReport {

    static final String SCHEMA = "factdesk-report/1";

    private final ObjectMapper json;

    JsonReport(ObjectMapper json) {
        this.json = json;
    }

    void write(Report report, OutputStream out) throws IOException {
        json.writerWithDefaultPrettyPrinter().writeValue(out, tree(report));
    }

    ObjectNode tree(Report report) {
        ObjectNode root = json.createObjectNode();
        root.put("schemaVersion", SCHEMA);
        root.put("generatedAt", report.generatedAt().toString());
        root.put("generatedBy", report.generatedBy());
        root.put("workspace", report.workspaceName());
        root.set("article", json.valueToTree(report.article()));
        ArrayNode claims = root.putArray("claims");
        for (ClaimReport section : report.claims()) {
            ObjectNode claim = json.valueToTree(section.claim());
            claim.remove("anchor");
            claim.set("target", target(section.claim()));
            claim.set("verdicts", json.valueToTree(section.verdicts()));
            claim.set("sources", json.valueToTree(section.sources()));
            claim.set("tasks", json.valueToTree(section.tasks()));
            claims.add(claim);
        }
        ArrayNode events = root.putArray("auditEvents");
        for (AuditRow row : report.events()) {
            ObjectNode event = json.valueToTree(row);
            event.set("before", parse(row.before()));
            event.set("after", parse(row.after()));
            events.add(event);
        }
        ObjectNode head = root.putObject("chainHead");
        head.put("count", report.chainHead().count());
        head.put("hash", report.chainHead().hash());
        head.put("algorithm", "SHA-256 over previous hash and canonical event bytes (docs/adr/006-audit-hash-chain.md)");
        return root;
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

    private JsonNode parse(String text) {
        try {
            return text == null ? json.nullNode() : json.readTree(text);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
