package app.factdesk.claim;

import java.util.List;
import app.factdesk.shared.scope.ScopedRepository;

interface DismissedSuggestionRepository extends ScopedRepository<DismissedSuggestion, DismissedSuggestion.Key> {

    List<DismissedSuggestion> findByIdArticleId(long articleId);

    /** Whether this span of an article the caller has already found in its workspace was dismissed. */
    @org.springframework.data.jpa.repository.Query("select count(d) > 0 from DismissedSuggestion d where d.id = :key")
    boolean isDismissed(DismissedSuggestion.Key key);
}
