package app.factdesk.claim;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.security.CurrentUser;
import app.factdesk.shared.UserFacingException;
import app.factdesk.suggestion.ClaimSuggester;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested claims of an article: the units the engine suggests (threshold and top half of the article), best first, minus
 * those already claimed (same span) or dismissed by someone in the team.
 */
@Service
public class ArticleSuggestions {

    private final ArticleService articles;
    private final ClaimRepository claims;
    private final DismissedSuggestionRepository dismissed;
    private final ClaimSuggester suggester;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleSuggestions(ArticleService articles, ClaimRepository claims, DismissedSuggestionRepository dismissed,
            ClaimSuggester suggester, CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.dismissed = dismissed;
        this.suggester = suggester;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional(readOnly = true)
    public List<SuggestionRow> open(long articleId) {
        ArticleDetails article = article(articleId);
        Set<String> taken = claims.findByArticleIdAndWorkspaceIdOrderByAnchorStartAscIdAsc(articleId,
                        currentUser.workspaceId()).stream()
                .map(c -> span(c.toDetails().anchor().start(), c.toDetails().anchor().end()))
                .collect(Collectors.toSet());
        dismissed.findByIdArticleId(articleId)
                .forEach(d -> taken.add(span(d.getId().startOffset(), d.getId().endOffset())));
        return suggester.suggest(article.body(), article.language()).stream()
                .filter(s -> s.suggested() && !taken.contains(span(s.start(), s.end())))
                .map(s -> new SuggestionRow(s.start(), s.end(), s.text(), s.score(), s.reasons()))
                .sorted(Comparator.comparingDouble(SuggestionRow::score).reversed())
                .toList();
    }

    /** True when the article's language has a suggestion model (Arabic and English); the panel says so if not. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional(readOnly = true)
    public boolean available(long articleId) {
        return suggester.hasModel(article(articleId).language());
    }

    /** Hides a suggestion of this article for the whole team. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public void dismiss(long articleId, int start, int end) {
        article(articleId);
        DismissedSuggestion.Key key = new DismissedSuggestion.Key(articleId, start, end);
        if (!dismissed.isDismissed(key)) {
            dismissed.save(new DismissedSuggestion(key, currentUser.require().userId(), clock.instant()));
        }
    }

    private ArticleDetails article(long articleId) {
        return articles.find(articleId).orElseThrow(() -> new UserFacingException("article.not-found"));
    }

    private static String span(int start, int end) {
        return start + ":" + end;
    }
}
