package app.factdesk.verdict;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.claim.VerdictSteps;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.live.ChangeFeed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Verdicts and their sign-off: propose, approve (four-eyes, N distinct editors), return with a reason, publish,
 * and correct a published verdict with a new one. Every step locks the verdict row, re-checks who may do it, and
 * moves the claim as {@link SignOffRules} says, through {@link VerdictSteps} (which nothing else may call).
 */
@Service
@Validated
public class VerdictService {

    private static final Set<VerdictStatus> OPEN = EnumSet.of(VerdictStatus.PROPOSED, VerdictStatus.APPROVED);

    private final VerdictRepository verdicts;
    private final SignOffRepository signOffs;
    private final RatingScaleService ratings;
    private final SourceService sources;
    private final ClaimService claims;
    private final VerdictSteps steps;
    private final ChangeFeed changes;
    private final VerdictRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VerdictService(VerdictRepository verdicts, SignOffRepository signOffs, RatingScaleService ratings,
            SourceService sources, ClaimService claims, VerdictSteps steps, ChangeFeed changes, VerdictRows rows,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.verdicts = verdicts;
        this.signOffs = signOffs;
        this.ratings = ratings;
        this.sources = sources;
        this.claims = claims;
        this.steps = steps;
        this.changes = changes;
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Proposes a verdict. On a claim in verification the claim moves to {@code VERDICT_PROPOSED} (refused while
     * required tasks are open); on a published claim it starts a correction and the claim stays published.
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public VerdictRow propose(@Valid ProposeVerdict command) {
        ClaimDetails claim = claim(command.claimId());
        if (command.rationale() == null || command.rationale().isBlank()) {
            throw new UserFacingException("verdict.rationale-required");
        }
        if (command.sourceIds() == null || command.sourceIds().isEmpty()) {
            throw new UserFacingException("verdict.sources-required");
        }
        RatingLabel label = ratings.find(command.ratingLabelId());
        if (label.isRetired()) {
            throw new UserFacingException("verdict.rating-retired");
        }
        Set<Long> sourceIds = Set.copyOf(command.sourceIds());
        if (sources.ofClaimByIds(claim.id(), List.copyOf(sourceIds)).size() != sourceIds.size()) {
            throw new UserFacingException("verdict.source-not-of-claim");
        }
        boolean correction = SignOffRules.proposalIsCorrection(claim.state())
                .orElseThrow(() -> new UserFacingException("verdict.claim-not-ready", claim.state()));
        if (correction) {
            steps.requireNoBlockers(claim.id());
            if (!verdicts.findByClaimIdAndStatusIn(claim.id(), OPEN).isEmpty()) {
                throw new UserFacingException("verdict.already-open");
            }
        }
        moveClaim(SignOffRules.Step.PROPOSE, correction, claim, null, null);
        Verdict verdict = new Verdict(currentUser.workspaceId(), claim.id(), label.getId(), command.rationale(),
                sourceIds, correction, ratings.approvalsRequired(), me(), clock.instant());
        try {
            verdict = verdicts.saveAndFlush(verdict);
        } catch (DataIntegrityViolationException raced) {
            if (app.factdesk.shared.Constraints.violated(raced, "verdict_one_open")) {
                throw new UserFacingException("verdict.already-open");
            }
            throw raced;
        }
        events.publishEvent(new VerdictProposed(verdict.getId(), subject(claim), me(), me(), correction, null,
                Auditable.fields("claimId", verdict.getClaimId(), "ratingLabelId", verdict.getRatingLabelId(),
                        "rationale", verdict.getRationale(), "sourceIds", List.copyOf(verdict.getSourceIds()),
                        "correction", verdict.isCorrection(), "approvalsRequired", verdict.getApprovalsRequired(),
                        "status", verdict.getStatus().name())));
        return announced(verdict);
    }

    /**
     * An editor's approval. Refused for the proposer (four-eyes), for an editor who already signed, and once the
     * verdict has been decided; when the workspace's number of distinct approvals is reached the verdict (and, unless
     * it is a correction, its claim) becomes approved.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public VerdictRow approve(long verdictId) {
        Verdict verdict = lock(verdictId);
        verdict.require(VerdictStatus.PROPOSED);
        ClaimDetails claim = claim(verdict.getClaimId());
        ApprovalRule rule = new ApprovalRule(verdict.getApprovalsRequired());
        rule.check(verdict.getProposedBy(), me(), signedBy(verdict));
        signOffs.save(new SignOff(verdict.getId(), me(), SignOffDecision.APPROVE, null, clock.instant()));
        long approvals = signOffs.countByVerdictIdAndDecision(verdict.getId(), SignOffDecision.APPROVE);
        boolean decided = rule.reached(approvals);
        if (decided) {
            verdict.approve(clock.instant());
            moveClaim(SignOffRules.Step.APPROVE, verdict.isCorrection(), claim, null, verdict.getProposedBy());
        }
        verdict = verdicts.saveAndFlush(verdict);
        events.publishEvent(new VerdictApproved(verdict.getId(), subject(claim), me(), verdict.getProposedBy(),
                verdict.isCorrection(), decided,
                Auditable.fields("status", VerdictStatus.PROPOSED.name(), "approvals", approvals - 1),
                Auditable.fields("status", verdict.getStatus().name(), "approvals", approvals,
                        "approvalsRequired", verdict.getApprovalsRequired())));
        return announced(verdict);
    }

    /** An editor returns a proposed verdict with a reason; the claim goes back to verification, the verdict stays. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public VerdictRow returnVerdict(long verdictId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("verdict.reason-required");
        }
        if (reason.length() > 2000) {
            throw new UserFacingException("verdict.reason-too-long", 2000);
        }
        Verdict verdict = lock(verdictId);
        verdict.require(VerdictStatus.PROPOSED);
        ClaimDetails claim = claim(verdict.getClaimId());
        if (signedBy(verdict).contains(me())) {
            throw new UserFacingException("verdict.already-signed");
        }
        signOffs.save(new SignOff(verdict.getId(), me(), SignOffDecision.RETURN, reason.strip(), clock.instant()));
        verdict.giveBack(reason, clock.instant());
        moveClaim(SignOffRules.Step.RETURN, verdict.isCorrection(), claim, reason.strip(), verdict.getProposedBy());
        verdict = verdicts.saveAndFlush(verdict);
        events.publishEvent(new VerdictReturned(verdict.getId(), subject(claim), me(), verdict.getProposedBy(),
                verdict.isCorrection(), reason.strip(), Auditable.fields("status", VerdictStatus.PROPOSED.name()),
                Auditable.fields("status", verdict.getStatus().name(), "reason", verdict.getReturnReason())));
        return announced(verdict);
    }

    /**
     * Publishes an approved verdict. A correction needs a note: it supersedes the published verdict (which stays in
     * the history) and moves the claim to {@code CORRECTED}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public VerdictRow publish(long verdictId, String correctionNote) {
        Verdict verdict = lock(verdictId);
        if (verdict.getStatus() != VerdictStatus.APPROVED) {
            throw new UserFacingException("verdict.not-approved");
        }
        ClaimDetails claim = claim(verdict.getClaimId());
        if (verdict.isCorrection()) {
            if (correctionNote == null || correctionNote.isBlank()) {
                throw new UserFacingException("verdict.correction-note-required");
            }
            for (Verdict published : verdicts.findByClaimIdAndStatusIn(verdict.getClaimId(),
                    Set.of(VerdictStatus.PUBLISHED))) {
                supersede(published, claim);
            }
        }
        moveClaim(SignOffRules.Step.PUBLISH, verdict.isCorrection(), claim,
                verdict.isCorrection() ? correctionNote.strip() : null, verdict.getProposedBy());
        verdict.publish(me(), verdict.isCorrection() ? correctionNote : null, clock.instant());
        verdict = verdicts.saveAndFlush(verdict);
        events.publishEvent(new VerdictPublished(verdict.getId(), subject(claim), me(), verdict.getProposedBy(),
                verdict.isCorrection(), Auditable.fields("status", VerdictStatus.APPROVED.name()),
                Auditable.fields("status", verdict.getStatus().name(), "correction", verdict.isCorrection(),
                        "correctionNote", verdict.getCorrectionNote())));
        return announced(verdict);
    }

    /** Every verdict of a claim, newest first: returned and superseded ones stay in the history. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<VerdictRow> ofClaim(long claimId) {
        return rows.of(verdicts.findByClaimIdAndWorkspaceIdOrderByProposedAtDescIdDesc(claimId,
                currentUser.workspaceId()));
    }

    /** The verdict histories of several claims (newest first each), in a few queries whatever their number. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<VerdictRow>> ofClaims(java.util.Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return java.util.Map.of();
        }
        return rows.of(verdicts.findByClaimIdInAndWorkspaceIdOrderByProposedAtDescIdDesc(claimIds,
                currentUser.workspaceId())).stream().collect(java.util.stream.Collectors.groupingBy(VerdictRow::claimId,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** The ids of every verdict of the claims {@code claimIds} of the current workspace. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> idsOfClaims(java.util.Collection<Long> claimIds) {
        return claimIds.isEmpty() ? List.of() : verdicts.idsOfClaims(claimIds, currentUser.workspaceId());
    }

    /** The claims that the verdicts {@code verdictIds} of the current workspace belong to. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> claimIdsOf(java.util.Collection<Long> verdictIds) {
        return verdictIds.isEmpty() ? List.of() : verdicts.claimIdsOf(verdictIds, currentUser.workspaceId());
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<VerdictRow> find(long verdictId) {
        return verdicts.findByIdAndWorkspaceId(verdictId, currentUser.workspaceId()).map(this::row);
    }

    /** The review queue: proposed verdicts of the workspace, oldest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<VerdictRow> awaitingSignOff() {
        return rows.of(verdicts.findByWorkspaceIdAndStatusOrderByProposedAtAscIdAsc(currentUser.workspaceId(),
                VerdictStatus.PROPOSED));
    }

    /** Approved verdicts waiting for an editor to publish them, oldest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<VerdictRow> readyToPublish() {
        return rows.of(verdicts.findByWorkspaceIdAndStatusOrderByProposedAtAscIdAsc(currentUser.workspaceId(),
                VerdictStatus.APPROVED));
    }

    /** What the signed-in member may do to this verdict now; each action is checked again when taken. */
    @PreAuthorize("hasRole('VIEWER')")
    public Set<VerdictAction> allowedActions(VerdictRow verdict) {
        if (!currentUser.workspace().role().includes(Role.EDITOR)) {
            return Set.of();
        }
        long me = me();
        boolean signed = verdict.signOffs().stream().anyMatch(s -> s.editorId() == me);
        Set<VerdictAction> allowed = EnumSet.noneOf(VerdictAction.class);
        if (verdict.status() == VerdictStatus.PROPOSED && !signed) {
            allowed.add(VerdictAction.RETURN);
            if (verdict.proposedBy() != me) {
                allowed.add(VerdictAction.APPROVE);
            }
        }
        if (verdict.status() == VerdictStatus.APPROVED) {
            allowed.add(VerdictAction.PUBLISH);
        }
        return allowed;
    }

    /** What blocks a proposal on this claim now (the titles of open required tasks), for the form to say so. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> proposalBlockers(long claimId) {
        return steps.blockers(claimId);
    }

    /** Whether the signed-in member may propose a verdict (or a correction) on this claim now. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean mayPropose(long claimId) {
        if (!currentUser.workspace().role().includes(Role.FACT_CHECKER)) {
            return false;
        }
        return claims.find(claimId).map(claim -> claim.state() == ClaimState.IN_VERIFICATION
                || ((claim.state() == ClaimState.PUBLISHED || claim.state() == ClaimState.CORRECTED)
                        && verdicts.findByClaimIdAndStatusIn(claimId, OPEN).isEmpty()))
                .orElse(false);
    }

    private void supersede(Verdict published, ClaimDetails claim) {
        published.supersede();
        verdicts.saveAndFlush(published);
        events.publishEvent(new VerdictSuperseded(published.getId(), subject(claim), me(), published.getProposedBy(),
                published.isCorrection(), Auditable.fields("status", VerdictStatus.PUBLISHED.name()),
                Auditable.fields("status", published.getStatus().name())));
    }

    /**
     * The claim's side of a step, from the rule table: the claim must be in a state the rule names, and moves with
     * the rule's action when there is one (a correction leaves a published claim published until it is published).
     */
    private void moveClaim(SignOffRules.Step step, boolean correction, ClaimDetails claim, String reason,
            Long concernedUserId) {
        SignOffRules.Rule rule = SignOffRules.rule(step, correction);
        if (!rule.claimStates().contains(claim.state())) {
            throw new UserFacingException("verdict.claim-not-ready", claim.state());
        }
        rule.claimMove().ifPresent(action -> steps.apply(claim.id(), action, reason, concernedUserId));
    }

    private VerdictSubject subject(ClaimDetails claim) {
        return new VerdictSubject(currentUser.workspaceId(), claim.id(), claim.articleId(), claim.statement());
    }

    private VerdictRow announced(Verdict verdict) {
        changes.announce(currentUser.workspaceId(), "verdict", verdict.getId(), verdict.getVersion());
        return row(verdict);
    }

    private Set<Long> signedBy(Verdict verdict) {
        return signOffs.findByVerdictIdInOrderByDecidedAtAscIdAsc(List.of(verdict.getId())).stream()
                .map(SignOff::getEditorId).collect(Collectors.toSet());
    }

    private ClaimDetails claim(long claimId) {
        return claims.find(claimId).orElseThrow(() -> new UserFacingException("claim.not-found"));
    }

    private Verdict lock(long verdictId) {
        return verdicts.lock(verdictId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("verdict.not-found"));
    }

    private VerdictRow row(Verdict verdict) {
        return rows.of(List.of(verdict)).get(0);
    }

    private long me() {
        return currentUser.require().userId();
    }
}
