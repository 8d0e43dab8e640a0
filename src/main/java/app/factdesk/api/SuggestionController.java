package app.factdesk.api;

import app.factdesk.suggestion.ClaimSuggester;
import app.factdesk.suggestion.SuggestionEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Claim suggestions", description = "Sentences of a text scored for check-worthiness; nothing is stored.")
class SuggestionController {

    private final ClaimSuggester suggester;

    SuggestionController(ClaimSuggester suggester) {
        this.suggester = suggester;
    }

    @PostMapping("/api/v1/claim-suggestions")
    @Operation(summary = "Split a text into sentences and score each (fact-checker and up)")
    SuggestionsJson suggest(@Valid @RequestBody SuggestionRequest request) {
        String language = request.language() != null ? request.language()
                : SuggestionEngine.detectLanguage(request.text());
        double threshold = suggester.defaultThreshold(language);
        return new SuggestionsJson(language, threshold, suggester.suggest(request.text(), language).stream()
                .map(s -> SuggestionsJson.Sentence.of(s, threshold)).toList());
    }
}
