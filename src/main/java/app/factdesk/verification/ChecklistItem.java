package app.factdesk.verification;

import app.factdesk.shared.Auditable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;

/** A default task of a workspace's checklist, copied onto every new claim. */
@Entity
@Table(name = "checklist_item")
class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String title;
    private boolean required;
    private int position;
    @Version
    private long version;

    protected ChecklistItem() {
    }

    ChecklistItem(long workspaceId, String title, boolean required, int position) {
        this.workspaceId = workspaceId;
        this.title = title.strip();
        this.required = required;
        this.position = position;
    }

    ChecklistItemRow toRow() {
        return new ChecklistItemRow(id, title, required);
    }

    Long getId() {
        return id;
    }

    Map<String, Object> auditFields() {
        return Auditable.fields("title", title, "required", required, "position", position);
    }

    String getTitle() {
        return title;
    }

    boolean isRequired() {
        return required;
    }

    int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ChecklistItem other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
