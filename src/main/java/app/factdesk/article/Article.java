package app.factdesk.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String title;
    private String body;
    private String bodySha256;
    private String language;
    private String direction;
    private String outlet;
    private String author;
    private String url;
    private LocalDate publishedOn;
    private Long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Article() {
    }

    Article(long workspaceId, ImportArticle command, String normalizedBody, String bodySha256, Long createdBy,
            Instant createdAt) {
        this.workspaceId = workspaceId;
        this.title = command.title();
        this.body = normalizedBody;
        this.bodySha256 = bodySha256;
        this.language = command.language();
        this.direction = command.direction();
        this.outlet = command.outlet();
        this.author = command.author();
        this.url = command.url();
        this.publishedOn = command.publishedOn();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    ArticleRow toRow() {
        return new ArticleRow(id, title, language, direction, outlet, publishedOn, createdAt);
    }

    ArticleDetails toDetails() {
        return new ArticleDetails(id, title, body, language, direction, outlet, author, url, publishedOn, createdAt,
                version);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Article other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
