package app.factdesk.claim;

import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.suggestion.NamedEntities;
import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's reference library of fact-checks published elsewhere (issue 15, ADR 024): admins import ClaimReview
 * JSON-LD files ({@link ClaimReviewFile}); a file is imported whole or not at all, and a review already in the
 * library (same URL and claim) is not added twice. Matching finds the ones that read like a text, by trigram
 * similarity of the folded claim, lowered where numbers or names differ.
 */
@Service
public class FactCheckLibrary {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final double MIN_SCORE = 0.3;

    /** What an import did: how many reviews the file held and how many were new to the library. */
    public record Imported(int reviews, int added) {
    }

    /** One entry of the library, for its list. */
    public record Entry(long id, String claimReviewed, String rating, String publisher, String url,
            java.time.LocalDate published) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FactCheckLibrary(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Imports every ClaimReview of a JSON-LD file, or none when one is not valid. Admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Imported importFile(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("fact-check.import.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new UserFacingException("fact-check.import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        List<ClaimReviewFile.Review> reviews = ClaimReviewFile.parse(content);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long by = currentUser.require().userId();
        int added = 0;
        for (ClaimReviewFile.Review review : reviews) {
            added += jdbc.update("""
                    insert into fact_check_reference (claim_reviewed, rating, publisher, url, date_published, claimant,
                        language, imported_at, imported_by)
                    values (:claim, :rating, :publisher, :url, :published, :claimant, :language, :now, :by)
                    on conflict (workspace_id, url, claim_reviewed) do nothing
                    """, new MapSqlParameterSource("claim", review.claimReviewed()).addValue("rating", review.rating())
                    .addValue("publisher", review.publisher()).addValue("url", review.url())
                    .addValue("published", Date.valueOf(review.published())).addValue("claimant", review.claimant())
                    .addValue("language", review.language()).addValue("now", now).addValue("by", by));
        }
        String name = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        events.publishEvent(new FactChecksImported(currentUser.workspaceId(), name, reviews.size(), added));
        return new Imported(reviews.size(), added);
    }

    /** How many fact-checks the library holds. Viewers and up. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count() {
        Long n = jdbc.queryForObject("select count(*) from fact_check_reference", new MapSqlParameterSource(),
                Long.class);
        return n == null ? 0 : n;
    }

    /** The most recently published entries first. Viewers and up. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return jdbc.query("select id, claim_reviewed, rating, publisher, url, date_published from fact_check_reference "
                + "order by date_published desc, id desc limit :limit", new MapSqlParameterSource("limit",
                        Math.max(1, Math.min(limit, 500))), (rs, n) -> new Entry(rs.getLong(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6, java.time.LocalDate.class)));
    }

    /** Fact-checks of the library that read like {@code text}, best first, scoring at least 0.3. Viewers and up. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<CheckedElsewhere> matching(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.length() > SimilarClaims.MAX_TEXT ? text.substring(0, SimilarClaims.MAX_TEXT) : text;
        int wanted = Math.max(1, Math.min(limit, 50));
        List<CheckedElsewhere> candidates = jdbc.query("""
                select r.id, r.claim_reviewed, r.rating, r.publisher, r.url, r.date_published,
                       similarity(fd_match_text(r.claim_reviewed), fd_match_text(:q)) score
                from fact_check_reference r
                where r.workspace_id = :workspace and fd_match_text(r.claim_reviewed) % fd_match_text(:q)
                order by score desc, r.id desc limit :candidates
                """, new MapSqlParameterSource("q", query).addValue("workspace", currentUser.workspaceId())
                .addValue("candidates", wanted * 4), (rs, n) -> {
                    String reviewed = rs.getString("claim_reviewed");
                    boolean numbers = SimilarClaims.differ(SimilarClaims.numbers(query),
                            SimilarClaims.numbers(reviewed));
                    boolean names = NamedEntities.differ(query, reviewed);
                    double score = rs.getDouble("score") * (numbers ? SimilarClaims.ENTITY_PENALTY : 1)
                            * (names ? SimilarClaims.ENTITY_PENALTY : 1);
                    return new CheckedElsewhere(rs.getLong("id"), reviewed, rs.getString("rating"),
                            rs.getString("publisher"), rs.getString("url"),
                            rs.getObject("date_published", java.time.LocalDate.class),
                            Math.round(score * 1000) / 1000.0, numbers, names);
                });
        return candidates.stream().filter(c -> c.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(CheckedElsewhere::score).reversed()).limit(wanted).toList();
    }

    /** The library's fact-checks that read like claim {@code claimId}'s statement or quote. Viewers and up. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<CheckedElsewhere> matchingClaim(long claimId, int limit) {
        List<String> texts = jdbc.queryForList("select statement from claim where id = :id and workspace_id = "
                + ":workspace", new MapSqlParameterSource("id", claimId).addValue("workspace",
                        currentUser.workspaceId()), String.class);
        if (texts.isEmpty()) {
            throw new UserFacingException("claim.not-found");
        }
        return matching(texts.get(0), limit);
    }
}
