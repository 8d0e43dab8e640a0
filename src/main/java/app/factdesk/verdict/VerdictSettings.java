package app.factdesk.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A workspace's sign-off rule and numeric rating range; created with the defaults on first use. */
@Entity
@Table(name = "verdict_settings")
class VerdictSettings {

    @Id
    private Long workspaceId;
    private int approvalsRequired;
    private int worstRating;
    private int bestRating;
    @Version
    private long version;

    protected VerdictSettings() {
    }

    void update(int approvalsRequired, int worstRating, int bestRating) {
        this.approvalsRequired = approvalsRequired;
        this.worstRating = worstRating;
        this.bestRating = bestRating;
    }

    int getApprovalsRequired() {
        return approvalsRequired;
    }

    VerdictSettingsRow toRow() {
        return new VerdictSettingsRow(approvalsRequired, worstRating, bestRating, version);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof VerdictSettings other && workspaceId != null
                && workspaceId.equals(other.workspaceId));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
