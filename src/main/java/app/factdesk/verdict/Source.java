package app.factdesk.verdict;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private Long claimId;
    private String url;
    private String title;
    private String publisher;
    @Enumerated(EnumType.STRING)
    private SourceType type;
    private String excerpt;
    private LocalDate accessedOn;
    @Enumerated(EnumType.STRING)
    private Stance stance;
    private int reliability;
    private String fileName;
    private String fileMediaType;
    private Long fileSize;
    private String fileSha256;
    private Long addedBy;
    private Instant addedAt;
    @Version
    private long version;

    protected Source() {
    }

    Source(long workspaceId, AddSource command, String normalizedUrl, Long addedBy, Instant now) {
        this.workspaceId = workspaceId;
        this.claimId = command.claimId();
        this.url = normalizedUrl;
        this.title = command.title().strip();
        this.publisher = blankToNull(command.publisher());
        this.type = command.type();
        this.excerpt = blankToNull(command.excerpt());
        this.accessedOn = command.accessedOn();
        this.stance = command.stance();
        this.reliability = command.reliability();
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    void attach(String displayName, EvidenceKind kind, byte[] bytes) {
        this.fileName = displayName;
        this.fileMediaType = kind.mediaType();
        this.fileSize = (long) bytes.length;
        this.fileSha256 = EvidenceFiles.sha256(bytes);
    }

    Long getId() {
        return id;
    }

    Long getClaimId() {
        return claimId;
    }

    Long getAddedBy() {
        return addedBy;
    }

    String getFileName() {
        return fileName;
    }

    String getFileMediaType() {
        return fileMediaType;
    }

    SourceRow toRow(String addedByName) {
        return new SourceRow(id, claimId, url, title, publisher, type, excerpt, accessedOn, stance, reliability,
                fileName, fileMediaType, fileSize, fileSha256, addedByName, addedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Source other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
