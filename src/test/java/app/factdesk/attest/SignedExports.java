package app.factdesk.attest;

import app.factdesk.TestUsers;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.report.ExportService;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Fresh desks and their signed JSON reports, made through the public services as an editor would. */
@Component
class SignedExports {

    private final VerdictDesk desks;
    private final TestUsers users;
    private final ExportService exports;
    private final ObjectMapper json;

    SignedExports(VerdictDesk desks, TestUsers users, ExportService exports, ObjectMapper json) {
        this.desks = desks;
        this.users = users;
        this.exports = exports;
        this.json = json;
    }

    VerdictDesk.Desk desk() {
        return desks.create();
    }

    /** The desk's report of today (UTC): every event of its chain so far, in one contiguous range. */
    byte[] rangeReport(VerdictDesk.Desk desk) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return download(desk.editor(), ExportRequest.ofRange(ExportKind.JSON, today, today));
    }

    ObjectNode parse(byte[] file) {
        try {
            return (ObjectNode) json.readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] write(ObjectNode document) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] download(String username, ExportRequest request) {
        return users.as(username, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.download(request, (name, type) -> out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
