package app.factdesk.attest;

import app.factdesk.audit.AuditService;
import app.factdesk.audit.ChainHead;
import app.factdesk.audit.ExportedEvents;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints of each workspace's audit chain (ADR 018): "the chain held N events ending in hash H at time T",
 * signed with the installation key, kept forever. Admins sign one on demand; every day the scheduler signs one for
 * every workspace whose chain moved since its last checkpoint. Members read them (page and API) and keep copies
 * outside the server; exports cite the latest one they extend, and the verifier checks that a later export's chain
 * still passes through an earlier checkpoint.
 */
@Service
public class CheckpointService {

    /** A signed checkpoint as stored; {@code document} is the JSON the signature covers, signature included. */
    public record Checkpoint(long id, long eventCount, String headHash, Instant signedAt, String keyId,
            Long requestedBy, String document) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointService.class);
    private static final String COLUMNS = "id, event_count, head_hash, signed_at, key_id, requested_by, document";

    private final AttestationService attestation;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;

    CheckpointService(AttestationService attestation, AuditService audit, CurrentUser currentUser, ObjectMapper json,
            Clock clock, DataSource dataSource, PlatformTransactionManager transactionManager,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.attestation = attestation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Signs a checkpoint of the current workspace's chain as it stands now. Admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Checkpoint signNow() {
        FactDeskUser user = currentUser.require();
        return sign(user.isSystem() ? null : user.userId());
    }

    /** The latest checkpoints of the current workspace, newest first. Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Checkpoint> recent(int limit) {
        return jdbc.query("select " + COLUMNS + " from audit_checkpoint where workspace_id = ? order by event_count "
                + "desc, signed_at desc limit ?", this::row, currentUser.workspaceId(), Math.max(1, limit));
    }

    /** The newest checkpoint of the current workspace at or before chain position {@code eventCount}. Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Checkpoint> latestUpTo(long eventCount) {
        return jdbc.query("select " + COLUMNS + " from audit_checkpoint where workspace_id = ? and event_count <= ? "
                + "order by event_count desc, signed_at desc limit 1", this::row, currentUser.workspaceId(),
                eventCount).stream().findFirst();
    }

    /** The latest checkpoint of the current workspace. Members. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Checkpoint> latest() {
        return recent(1).stream().findFirst();
    }

    /**
     * The daily run: a checkpoint for every workspace whose chain grew since its last one, each signed as the
     * system acting as that workspace's admin, each in its own transaction. Returns how many were signed.
     */
    int signWhereChanged() {
        List<WorkspaceRole> workspaces = jdbc.query("select id, name from workspace order by id",
                (rs, n) -> new WorkspaceRole(rs.getLong(1), rs.getString(2), Role.ADMIN));
        int signed = 0;
        for (WorkspaceRole workspace : workspaces) {
            Boolean made = SystemAuthentication.callAsSystem(workspace, () -> transactions.execute(status -> {
                ChainHead head = audit.head();
                Optional<Checkpoint> last = latest();
                if (head.count() == 0 || last.isPresent() && last.get().eventCount() >= head.count()) {
                    return false;
                }
                sign(null);
                return true;
            }));
            if (Boolean.TRUE.equals(made)) {
                signed++;
            }
        }
        LOG.info("Daily audit checkpoints: {} of {} workspaces had new events and got one", signed,
                workspaces.size());
        return signed;
    }

    private Checkpoint sign(Long requestedBy) {
        WorkspaceRole workspace = currentUser.workspace();
        ChainHead head = audit.head();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ObjectNode document = json.createObjectNode();
        document.put("schemaVersion", "factdesk-checkpoint/1");
        document.put("workspaceId", workspace.workspaceId());
        document.put("workspace", workspace.workspaceName());
        document.put("eventCount", head.count());
        document.put("headHash", head.hash());
        document.put("checkpointAt", at.toString());
        attestation.signDocument(document, "factdesk-checkpoint+jws");
        String text = ExportedEvents.canonical(document);
        String keyId = ExportedEvents.parse(new String(java.util.Base64.getUrlDecoder().decode(
                document.get("signature").get("protected").textValue()), java.nio.charset.StandardCharsets.UTF_8))
                .get("kid").asText();
        Long id = jdbc.queryForObject("insert into audit_checkpoint (workspace_id, event_count, head_hash, signed_at, "
                + "key_id, document, requested_by) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                workspace.workspaceId(), head.count(), head.hash(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), keyId,
                text, requestedBy);
        LOG.info("Signed audit checkpoint {} of workspace {} at {} events", id, workspace.workspaceId(), head.count());
        events.publishEvent(new CheckpointSigned(workspace.workspaceId(), id, head.count(), head.hash(), at));
        return new Checkpoint(id, head.count(), head.hash(), at, keyId, requestedBy, text);
    }

    private Checkpoint row(ResultSet rs, int n) throws SQLException {
        long requested = rs.getLong(6);
        return new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.wasNull() ? null : requested,
                rs.getString(7));
    }
}
