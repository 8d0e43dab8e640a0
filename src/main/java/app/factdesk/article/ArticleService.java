package app.factdesk.article;

import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.SearchText;
import app.factdesk.shared.live.ChangeFeed;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Articles of the current workspace. */
@Service
public class ArticleService {

    public static final int MAX_BODY_LENGTH = 200_000;

    private final ArticleRepository articles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final ChangeFeed changes;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, CurrentUser currentUser, Clock clock, NamedParameterJdbcTemplate jdbc,
            ChangeFeed changes, ApplicationEventPublisher events) {
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
        this.changes = changes;
        this.events = events;
    }

    /** {@code limit} articles of the current workspace from {@code offset} on, newest first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ArticleRow> list(int offset, int limit) {
        long workspaceId = currentUser.workspaceId();
        return window(offset, limit, page -> articles.rowsByWorkspaceId(workspaceId, page));
    }

    /** Rows {@code offset} to {@code offset + limit} of a paged query; an offset between pages spans two. */
    private static List<ArticleRow> window(int offset, int limit,
            java.util.function.Function<PageRequest, List<ArticleRow>> query) {
        int size = Math.max(1, limit);
        int from = Math.max(0, offset);
        List<ArticleRow> window = new ArrayList<>(query.apply(PageRequest.of(from / size, size)));
        if (from % size != 0) {
            window.addAll(query.apply(PageRequest.of(from / size + 1, size)));
        }
        return window.stream().skip(from % size).limit(size).toList();
    }

    /**
     * For pickers of long article lists: {@code limit} title rows from {@code offset} on whose title contains
     * {@code filter} (any case; blank means every article), newest first.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ArticleRow> titled(String filter, int offset, int limit) {
        if (filter == null || filter.isBlank()) {
            return list(offset, limit);
        }
        String fragment = "%" + filter.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        long workspaceId = currentUser.workspaceId();
        return window(offset, limit, page -> articles.rowsByWorkspaceIdAndTitle(workspaceId, fragment, page));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count() {
        return articles.countByWorkspaceId(currentUser.workspaceId());
    }

    /** One article of the current workspace; empty when it does not exist or belongs to another workspace. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<ArticleDetails> find(long id) {
        return articles.findByIdAndWorkspaceId(id, currentUser.workspaceId()).map(Article::toDetails);
    }

    /**
     * Imports an article into the current workspace and returns its id. Refuses bad input with a message key
     * ({@link app.factdesk.shared.UserFacingException}) and, unless {@code evenIfDuplicate}, a body that the workspace
     * already has ({@link DuplicateArticleException}, naming the first).
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public long importArticle(ImportArticle command, boolean evenIfDuplicate) {
        FactDeskUser me = currentUser.require();
        ImportArticle complete = ArticleRules.complete(command);
        String sha = sha256(complete.body());
        long workspaceId = currentUser.workspaceId();
        if (!evenIfDuplicate) {
            articles.findFirstByWorkspaceIdAndBodySha256OrderByIdAsc(workspaceId, sha).ifPresent(first -> {
                throw new DuplicateArticleException(first.toRow().id(), first.toRow().title());
            });
        }
        Article article = new Article(workspaceId, complete, complete.body(), sha, me.isSystem() ? null : me.userId(),
                clock.instant());
        long id = articles.save(article).toRow().id();
        changes.announce(workspaceId, "article", id, 0);
        events.publishEvent(new ArticleImported(workspaceId, id, Auditable.fields("title", complete.title(),
                "language", complete.language(), "direction", complete.direction(), "outlet", complete.outlet(),
                "author", complete.author(), "url", complete.url(),
                "publishedOn", complete.publishedOn() == null ? null : complete.publishedOn().toString(),
                "bodySha256", sha, "bodyLength", complete.body().length())));
        return id;
    }

    /**
     * Articles of the current workspace whose title or body match {@code query} (PostgreSQL full-text search,
     * Arabic-normalized so «اعلن» finds «أعلن»), best first.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ArticleHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return jdbc.query("""
                select id, title, direction,
                       ts_headline(fd_search_config(language), fd_normalize_ar(body), s.q, %s) as snippet
                from article, (select %s as q) s
                where workspace_id = :workspace and search_vector @@ s.q
                order by ts_rank(search_vector, s.q) desc, id desc limit :limit
                """.formatted(SearchText.HEADLINE_OPTIONS, SearchText.TSQUERY),
                new MapSqlParameterSource("workspace", currentUser.workspaceId()).addValue("q", query.strip())
                        .addValue("limit", Math.min(Math.max(limit, 1), 100)),
                (rs, n) -> new ArticleHit(rs.getLong("id"), rs.getString("title"), rs.getString("direction"),
                        rs.getString("snippet")));
    }

    /** Unicode NFC and {@code \n} line endings; nothing else is touched. */
    static String normalize(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
