package app.factdesk.verdict;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import jakarta.validation.Valid;
import java.util.List;
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

    RatingScaleService(RatingLabelRepository labels, VerdictSettingsRepository settings, VerdictRepository verdicts,
            CurrentUser currentUser) {
        this.labels = labels;
        this.settings = settings;
        this.verdicts = verdicts;
        this.currentUser = currentUser;
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
        return settings.findById(currentUser.workspaceId()).orElseThrow().toRow();
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
        row.update(changed.approvalsRequired(), changed.worstRating(), changed.bestRating());
        return settings.saveAndFlush(row).toRow();
    }

    /** Adds a label at the end of the scale. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow add(@Valid RatingLabelFields fields) {
        List<RatingLabel> scale = ensured();
        requireInRange(fields);
        int position = scale.stream().mapToInt(RatingLabel::getPosition).max().orElse(0) + 1;
        return labels.saveAndFlush(new RatingLabel(currentUser.workspaceId(), position, fields)).toRow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow edit(long labelId, @Valid RatingLabelFields fields) {
        RatingLabel label = find(labelId);
        requireInRange(fields);
        label.edit(fields);
        return labels.saveAndFlush(label).toRow();
    }

    /** Retires a label (no new verdicts may use it) or brings it back. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RatingLabelRow setRetired(long labelId, boolean retired) {
        RatingLabel label = find(labelId);
        label.setRetired(retired);
        return labels.saveAndFlush(label).toRow();
    }

    /** Deletes a label that no verdict uses; one in use can only be retired. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long labelId) {
        RatingLabel label = find(labelId);
        if (verdicts.existsByRatingLabelId(label.getId())) {
            throw new UserFacingException("rating.in-use");
        }
        labels.delete(label);
    }

    /** Moves a label one place up ({@code -1}) or down ({@code +1}) in the scale. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<RatingLabelRow> move(long labelId, int direction) {
        List<RatingLabel> scale = new java.util.ArrayList<>(ensured());
        int index = scale.indexOf(find(labelId));
        int target = index + Integer.signum(direction);
        if (index >= 0 && target >= 0 && target < scale.size()) {
            java.util.Collections.swap(scale, index, target);
            for (int i = 0; i < scale.size(); i++) {
                scale.get(i).setPosition(i + 1);
            }
            labels.saveAllAndFlush(scale);
        }
        return scale.stream().map(RatingLabel::toRow).toList();
    }

    RatingLabel find(long labelId) {
        return labels.findByIdAndWorkspaceId(labelId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("rating.not-found"));
    }

    int approvalsRequired() {
        ensured();
        return settings.findById(currentUser.workspaceId()).orElseThrow().getApprovalsRequired();
    }

    private void requireInRange(RatingLabelFields fields) {
        VerdictSettingsRow range = settings.findById(currentUser.workspaceId()).orElseThrow().toRow();
        if (!range.inRange(fields.ratingValue())) {
            throw new UserFacingException("rating.value-out-of-range", range.worstRating(), range.bestRating());
        }
    }

    private List<RatingLabel> ensured() {
        long workspaceId = currentUser.workspaceId();
        List<RatingLabel> scale = labels.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId);
        if (!scale.isEmpty() && settings.existsById(workspaceId)) {
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
