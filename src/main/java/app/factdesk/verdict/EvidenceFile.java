package app.factdesk.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a source's file, apart from the source so that lists never load them. */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

    @Id
    private Long sourceId;
    private byte[] content;

    protected EvidenceFile() {
    }

    EvidenceFile(long sourceId, byte[] content) {
        this.sourceId = sourceId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof EvidenceFile other && sourceId != null && sourceId.equals(other.sourceId));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
