package app.factdesk.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DismissedSuggestionRepository extends JpaRepository<DismissedSuggestion, DismissedSuggestion.Key> {

    List<DismissedSuggestion> findByIdArticleId(long articleId);
}
