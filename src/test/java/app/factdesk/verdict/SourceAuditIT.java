package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.AuditTrail.Recorded;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.audit.AuditService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SourceAuditIT {

    private static final byte[] PDF = "%PDF-1.4\n% readout\n".getBytes(StandardCharsets.US_ASCII);
    private static final String URL = "https://en.kremlin.ru/events/president/news/75321";

    @Autowired
    VerdictDesk desks;
    @Autowired
    SourceService sources;
    @Autowired
    TestUsers users;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;

    private VerdictDesk.Desk desk;
    private long workspaceId;

    @BeforeEach
    void freshDeskWithTheCheckerSignedIn() {
        desk = desks.create();
        workspaceId = desk.other().workspaceId();
        users.signIn(desk.checker());
    }

    @AfterEach
    void chainStillVerifies() {
        users.signIn(desk.editor());
        assertThat(audit.verifyChain().ok()).isTrue();
        TestUsers.signOut();
    }

    @Test
    void adding_a_source_with_a_file_records_its_fields_and_the_files_hash_but_not_its_bytes() {
        AtomicReference<SourceRow> added = new AtomicReference<>();
        Recorded event = trail.one(workspaceId, "source", () -> added.set(sources.add(
                VerdictDesk.source(desk.claimId(), URL), new EvidenceUpload("readout.pdf", PDF))));

        assertThat(event.action()).isEqualTo("source.added");
        assertThat(event.objectId()).isEqualTo(Long.toString(added.get().id()));
        assertThat(event.actorName()).isEqualTo(desk.checker());
        assertThat(event.before()).isNull();
        assertThat(event.after()).containsEntry("claimId", desk.claimId()).containsEntry("url", URL)
                .containsEntry("stance", "SUPPORTS").containsEntry("reliability", 5L)
                .containsEntry("type", "OFFICIAL_STATEMENT").containsEntry("accessedOn", "2024-10-14")
                .containsEntry("fileName", "readout.pdf").containsEntry("fileMediaType", "application/pdf")
                .containsEntry("fileSize", (long) PDF.length)
                .containsEntry("fileSha256", EvidenceFiles.sha256(PDF));
        assertThat(event.after().toString()).doesNotContain("%PDF").doesNotContain("readout\n");
    }

    @Test
    void adding_a_source_without_a_file_records_null_file_fields() {
        Recorded event = trail.one(workspaceId, "source", () -> sources.add(
                VerdictDesk.source(desk.claimId(), URL), null));
        assertThat(event.after()).containsEntry("url", URL).containsEntry("fileSha256", null)
                .containsEntry("fileSize", null);
    }

    @Test
    void a_duplicate_source_url_is_refused_without_an_event() {
        sources.add(VerdictDesk.source(desk.claimId(), URL), null);
        assertThat(trail.during(workspaceId, () -> assertThatThrownBy(() -> sources.add(
                VerdictDesk.source(desk.claimId(),
                "HTTPS://EN.Kremlin.ru:443/events/president/news/75321#top"), null)).hasMessage("source.duplicate-url")))
                .isEmpty();
    }
}
