package app.factdesk.verification;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The current workspace's checklist of default tasks, which editors keep; new claims get a copy of it. */
@Service
@Validated
public class ChecklistService {

    static final int MAX_ITEMS = 30;

    private final ChecklistRepository items;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ChecklistService(ChecklistRepository items, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.items = items;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The default tasks, in the order they are added to a claim. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ChecklistItemRow> items() {
        return items.findByWorkspaceIdOrderByPositionAscIdAsc(currentUser.workspaceId()).stream()
                .map(ChecklistItem::toRow).toList();
    }

    /** Appends a default task; it applies to claims created from now on. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ChecklistItemRow add(@NotBlank @Size(max = 200) String title, boolean required) {
        List<ChecklistItem> existing = items.findByWorkspaceIdOrderByPositionAscIdAsc(currentUser.workspaceId());
        if (existing.size() >= MAX_ITEMS) {
            throw new UserFacingException("checklist.full", MAX_ITEMS);
        }
        int position = existing.stream().mapToInt(ChecklistItem::getPosition).max().orElse(0) + 1;
        ChecklistItem item = items.saveAndFlush(new ChecklistItem(currentUser.workspaceId(), title, required,
                position));
        events.publishEvent(new ChecklistChanged(currentUser.workspaceId(), "checklist.item_added", item.getId(),
                null, item.auditFields()));
        return item.toRow();
    }

    /** Removes a default task; tasks already copied onto claims stay. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void remove(long itemId) {
        ChecklistItem item = items.findByIdAndWorkspaceId(itemId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("checklist.not-found"));
        items.delete(item);
        items.flush();
        events.publishEvent(new ChecklistChanged(currentUser.workspaceId(), "checklist.item_removed", itemId,
                item.auditFields(), null));
    }
}
