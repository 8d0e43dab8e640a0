package app.factdesk.verdict;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.Constraints;
import app.factdesk.shared.UserFacingException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Sources and evidence files of the claims in the current workspace. */
@Service
@Validated
public class SourceService {

    private final SourceRepository sources;
    private final EvidenceFileRepository files;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final MemberNames names;
    private final Clock clock;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    SourceService(SourceRepository sources, EvidenceFileRepository files, ClaimService claims, CurrentUser currentUser,
            MemberNames names, Clock clock, @Value("${factdesk.evidence.max-bytes:20971520}") long maxBytes,
            ApplicationEventPublisher events) {
        this.sources = sources;
        this.files = files;
        this.claims = claims;
        this.currentUser = currentUser;
        this.names = names;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.events = events;
    }

    /** The largest evidence file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Adds a source to a claim, with an optional file. The URL is normalized and refused if the claim already has it;
     * the file is checked (size, kind by its bytes, name) before anything is stored, so a refusal leaves no row.
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public SourceRow add(@Valid AddSource command, EvidenceUpload upload) {
        ClaimDetails claim = claims.find(command.claimId()).orElseThrow(() -> new UserFacingException("claim.not-found"));
        if (claim.state() == ClaimState.REJECTED) {
            throw new UserFacingException("source.claim-rejected");
        }
        if (command.accessedOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new UserFacingException("source.accessed-in-future");
        }
        String url = SourceUrl.normalize(command.url());
        if (sources.existsByClaimIdAndUrl(claim.id(), url)) {
            throw new UserFacingException("source.duplicate-url", url);
        }
        Source source = new Source(currentUser.workspaceId(), command, url, currentUser.require().userId(),
                clock.instant());
        byte[] bytes = null;
        if (upload != null) {
            bytes = upload.bytes();
            if (bytes != null && bytes.length > maxBytes) {
                throw new UserFacingException("evidence.file-too-large", maxBytes / (1024 * 1024));
            }
            String displayName = EvidenceFiles.displayName(upload.fileName());
            EvidenceKind kind = EvidenceFiles.detect(bytes);
            EvidenceFiles.requireMatchingName(displayName, kind);
            source.attach(displayName, kind, bytes);
        }
        try {
            source = sources.saveAndFlush(source);
        } catch (DataIntegrityViolationException raced) {
            if (Constraints.violated(raced, "source_url_unique")) {
                throw new UserFacingException("source.duplicate-url", url);
            }
            throw raced;
        }
        if (bytes != null) {
            files.save(new EvidenceFile(source.getId(), bytes));
        }
        SourceRow added = source.toRow(currentUser.require().displayName());
        events.publishEvent(new SourceAdded(currentUser.workspaceId(), added.id(), auditFields(added)));
        return added;
    }

    /** Whether the signed-in member may add sources (fact-checker and up); {@link #add} checks again. */
    @PreAuthorize("hasRole('VIEWER')")
    public boolean mayAdd() {
        return currentUser.workspace().role().includes(app.factdesk.security.Role.FACT_CHECKER);
    }

    /** The sources of a claim, in the order they were added. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SourceRow> ofClaim(long claimId) {
        List<Source> found = sources.findByClaimIdAndWorkspaceIdOrderByAddedAtAscIdAsc(claimId, currentUser.workspaceId());
        Map<Long, String> who = names.of(found.stream().map(Source::getAddedBy).toList());
        return found.stream().map(s -> s.toRow(who.get(s.getAddedBy()))).toList();
    }

    /** The sources of several claims, each claim's in the order they were added, in two queries. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<Long, List<SourceRow>> rowsOfClaims(java.util.Collection<Long> claimIds) {
        List<Source> found = ofClaims(claimIds);
        Map<Long, String> who = names.of(found.stream().map(Source::getAddedBy).distinct().toList());
        return found.stream().map(s -> s.toRow(who.get(s.getAddedBy()))).collect(java.util.stream.Collectors
                .groupingBy(SourceRow::claimId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** The ids of every source of the claims {@code claimIds} of the current workspace. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> idsOfClaims(java.util.Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of() : sources.idsOfClaims(claimIds, currentUser.workspaceId());
    }

    /** The file of a source in the current workspace, if it has one. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<EvidenceDownload> download(long sourceId) {
        return sources.findByIdAndWorkspaceId(sourceId, currentUser.workspaceId())
                .filter(source -> source.getFileName() != null)
                .flatMap(source -> files.findOfSource(source.getId()).map(file ->
                        new EvidenceDownload(source.getFileName(), source.getFileMediaType(), file.getContent())));
    }

    private static Map<String, Object> auditFields(SourceRow source) {
        return Auditable.fields("claimId", source.claimId(), "url", source.url(), "title", source.title(),
                "publisher", source.publisher(), "type", source.type().name(), "excerpt", source.excerpt(),
                "accessedOn", source.accessedOn().toString(), "stance", source.stance().name(),
                "reliability", source.reliability(), "fileName", source.fileName(),
                "fileMediaType", source.fileMediaType(), "fileSize", source.fileSize(),
                "fileSha256", source.fileSha256());
    }

    /** The sources of several claims (their rows, without the adders' names), in one query. */
    List<Source> ofClaims(java.util.Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of()
                : sources.findByClaimIdInAndWorkspaceIdOrderByAddedAtAscIdAsc(claimIds, currentUser.workspaceId());
    }

    List<Source> ofClaimByIds(long claimId, List<Long> ids) {
        return sources.findByIdInAndWorkspaceId(ids, currentUser.workspaceId()).stream()
                .filter(source -> source.getClaimId() == claimId).toList();
    }
}
