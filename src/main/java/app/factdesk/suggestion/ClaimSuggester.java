package app.factdesk.suggestion;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Suggests the sentences of an article that are worth checking. No database: nothing to make transactional. */
@Service
public class ClaimSuggester {

    private final SuggestionEngine engine;

    ClaimSuggester() {
        this.engine = SuggestionEngine.withBundledModels();
    }

    /**
     * Every sentence of {@code text} in text order (not ranked), each with its exact UTF-16 offsets, its
     * check-worthiness score in 0..1, the reasons for it and whether it is suggested. {@code language} is an ISO
     * code or null to detect it (mostly Arabic script: "ar"); empty for a language without a model.
     */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    public List<Suggestion> suggest(String text, String language) {
        return engine.suggest(text, language);
    }

    /** True when suggestions exist for {@code language}: a model was trained for it. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    public boolean hasModel(String language) {
        return language != null && engine.hasModel(language, "");
    }

    /** The score from which a sentence is suggested by default: the best-F1 threshold on the language's dev set. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    public double defaultThreshold(String language) {
        return engine.defaultThreshold(language);
    }
}
