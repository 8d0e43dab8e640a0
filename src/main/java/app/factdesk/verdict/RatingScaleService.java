package app.factdesk.verdict;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.FieldChanges;
import app.factdesk.shared.UserFacingException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The current workspace's rating scale and verdict settings, created with the defaults the first time anyone asks.
 * Admins edit them; a label that verdicts use can be retired but not deleted.
 */
@Service
@Validated
public class RatingScaleService {

    private final RatingLabelRepository labels;
    private final VerdictSettingsRepository settings;
    private final VerdictRepository verdicts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RatingScaleService(RatingLabelRepository labels, VerdictSettingsRepository settings, VerdictRepository verdicts,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.labels = labels;
        this.settings = settings;
        this.verdicts = verdicts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every label of the scale in order, retired ones included. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public List<RatingLabelRow> scale() {
        return ensured().stream().map(RatingLabel::toRow).toList();
    }

    /** The labels a new verdict may use. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public List<RatingLabelRow> activeLabels() {
        return scale().stream().filter(label -> !label.retired()).toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public VerdictSettingsRow settings() {
        ensured();
        return settings.findByWorkspaceId(currentUser.workspaceId()).orElseThrow().toRow();
    }

    /** Changes the number of approvals and the numeric range; every label's value must stay in the range. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public VerdictSettingsRow updateSettings(@Valid VerdictSettingsRow changed) {
        ensured();
        if (changed.worstRating() >= changed.bestRating()) {
            throw new UserFacingException("rating.range-invalid");
        }
        if (labels.findByWorkspaceIdOrderByPositionAscIdAsc(currentUser.workspaceId()).stream()
                .anyMatch(label -> !changed.inRange(label.getRatingValue()))) {
            throw new UserFacingException("rating.range-excludes-labels");
        }
        VerdictSettings row = settings.lock(currentUser.workspaceId()).orElseThrow();
        VerdictSettingsRow before = row.toRow();
        requireVersion(before.version(), changed.version());
        row.update(changed.approvalsRequired(), changed.worstRating(), changed.bestRating());
        VerdictSettingsRow after = settings.saveAndFlush(row).toRow();
        FieldChanges changes = FieldChanges.between(auditFields(before), auditFields(after));
        events.publishEvent(RatingScaleChanged.settings(currentUser.workspaceId(), changes.before(),
                changes.after()));
        return after;
    }

    /** Adds a label at the end of the scale. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow add(@Valid RatingLabelFields fields) {
        List<RatingLabel> scale = ensured();
        requireInRange(fields);
        requireDistinct(scale, fields, null);
        int position = scale.stream().mapToInt(RatingLabel::getPosition).max().orElse(0) + 1;
        RatingLabelRow added = saved(new RatingLabel(currentUser.workspaceId(), position, fields), fields);
        publishLabel("added", added.id(), null, auditFields(added));
        return added;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow edit(long labelId, long expectedVersion, @Valid RatingLabelFields fields) {
        RatingLabel label = find(labelId);
        requireVersion(label.toRow().version(), expectedVersion);
        requireInRange(fields);
        requireDistinct(ensured(), fields, label.getId());
        Map<String, Object> before = auditFields(label.toRow());
        label.edit(fields);
        RatingLabelRow edited = saved(label, fields);
        FieldChanges changes = FieldChanges.between(before, auditFields(edited));
        publishLabel("edited", edited.id(), changes.before(), changes.after());
        return edited;
    }

    /** Retires a label (no new verdicts may use it) or brings it back. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow setRetired(long labelId, long expectedVersion, boolean retired) {
        RatingLabel label = find(labelId);
        requireVersion(label.toRow().version(), expectedVersion);
        boolean was = label.isRetired();
        label.setRetired(retired);
        RatingLabelRow changed = labels.saveAndFlush(label).toRow();
        publishLabel(retired ? "retired" : "reinstated", changed.id(), Auditable.fields("retired", was),
                Auditable.fields("retired", retired));
        return changed;
    }

    /** Deletes a label that no verdict uses; one in use can only be retired. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long labelId) {
        RatingLabel label = find(labelId);
        if (verdicts.existsByRatingLabelId(label.getId())) {
            throw new UserFacingException("rating.in-use");
        }
        Map<String, Object> before = auditFields(label.toRow());
        labels.delete(label);
        labels.flush();
        publishLabel("deleted", labelId, before, null);
    }

    /** Moves a label one place up ({@code -1}) or down ({@code +1}) in the scale. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<RatingLabelRow> move(long labelId, int direction) {
        List<RatingLabel> scale = new java.util.ArrayList<>(ensured());
        int index = scale.indexOf(find(labelId));
        int target = index + Integer.signum(direction);
        if (index >= 0 && target >= 0 && target < scale.size()) {
            int from = scale.get(index).getPosition();
            java.util.Collections.swap(scale, index, target);
            for (int i = 0; i < scale.size(); i++) {
                scale.get(i).setPosition(i + 1);
            }
            labels.saveAll(scale);
            labels.flush();
            publishLabel("moved", labelId, Auditable.fields("position", from),
                    Auditable.fields("position", target + 1));
        }
        return scale.stream().map(RatingLabel::toRow).toList();
    }

    private void publishLabel(String verb, long labelId, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(RatingScaleChanged.label(currentUser.workspaceId(), verb, labelId, before, after));
    }

    /** Another admin saved since this one loaded it: refuse instead of overwriting their change. */
    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new UserFacingException("rating.conflict");
        }
    }

    private static Map<String, Object> auditFields(RatingLabelRow label) {
        return Auditable.fields("labelEn", label.labelEn(), "labelAr", label.labelAr(), "ratingValue",
                label.ratingValue(), "colour", label.colour(), "description", label.description(),
                "position", label.position(), "retired", label.retired());
    }

    private static Map<String, Object> auditFields(VerdictSettingsRow settings) {
        return Auditable.fields("approvalsRequired", settings.approvalsRequired(), "worstRating",
                settings.worstRating(), "bestRating", settings.bestRating());
    }

    RatingLabel find(long labelId) {
        return labels.findByIdAndWorkspaceId(labelId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("rating.not-found"));
    }

    int approvalsRequired() {
        ensured();
        return settings.findByWorkspaceId(currentUser.workspaceId()).orElseThrow().getApprovalsRequired();
    }

    /** Saves a label; a name taken meanwhile by another admin's save gets the same message as one taken before. */
    private RatingLabelRow saved(RatingLabel label, RatingLabelFields fields) {
        try {
            return labels.saveAndFlush(label).toRow();
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            if (app.factdesk.shared.Constraints.violated(raced, "rating_label_en_unique")
                    || app.factdesk.shared.Constraints.violated(raced, "rating_label_ar_unique")) {
                throw new UserFacingException("rating.duplicate-label", fields.labelEn());
            }
            throw raced;
        }
    }

    /** Two labels of one scale never share a name in either language (the schema holds it too). */
    private static void requireDistinct(List<RatingLabel> scale, RatingLabelFields fields, Long exceptId) {
        for (RatingLabel other : scale) {
            RatingLabelRow row = other.toRow();
            if (exceptId != null && exceptId == row.id()) {
                continue;
            }
            if (row.labelEn().strip().equalsIgnoreCase(fields.labelEn().strip())
                    || row.labelAr().strip().equalsIgnoreCase(fields.labelAr().strip())) {
                throw new UserFacingException("rating.duplicate-label", row.labelEn());
            }
        }
    }

    private void requireInRange(RatingLabelFields fields) {
        VerdictSettingsRow range = settings.findByWorkspaceId(currentUser.workspaceId()).orElseThrow().toRow();
        if (!range.inRange(fields.ratingValue())) {
            throw new UserFacingException("rating.value-out-of-range", range.worstRating(), range.bestRating());
        }
    }

    private List<RatingLabel> ensured() {
        long workspaceId = currentUser.workspaceId();
        List<RatingLabel> scale = labels.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId);
        if (!scale.isEmpty() && settings.existsByWorkspaceId(workspaceId)) {
            return scale;
        }
        settings.createIfMissing(workspaceId);
        settings.lock(workspaceId);
        if (!labels.existsByWorkspaceId(workspaceId)) {
            for (int i = 0; i < DefaultScale.LABELS.size(); i++) {
                labels.save(new RatingLabel(workspaceId, i + 1, DefaultScale.LABELS.get(i)));
            }
            labels.flush();
        }
        return labels.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId);
    }
}
