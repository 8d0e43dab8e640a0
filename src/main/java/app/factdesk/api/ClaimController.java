package app.factdesk.api;

import app.factdesk.article.ArticleService;
import app.factdesk.claim.ClaimService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Claims", description = "Check-worthy statements anchored to an exact span of an article.")
class ClaimController {

    private final ArticleService articles;
    private final ClaimService claims;

    ClaimController(ArticleService articles, ClaimService claims) {
        this.articles = articles;
        this.claims = claims;
    }

    /** The claims of one article, in the order they appear in the text. */
    record ClaimList(long articleId, List<ClaimJson> items) {
    }

    @GetMapping("/articles/{id}/claims")
    @Operation(summary = "The claims of an article in text order (viewer and up)")
    ClaimList ofArticle(@PathVariable long id) {
        requireArticle(id);
        return new ClaimList(id, claims.ofArticle(id).stream().map(ClaimJson::of).toList());
    }

    @PostMapping("/articles/{id}/claims")
    @Operation(summary = "Create a draft claim from a span of the article (fact-checker and up); "
            + "422 claim.anchor-stale when the exact text is not the body's there")
    ResponseEntity<ClaimJson> create(@PathVariable long id, @Valid @RequestBody CreateClaimRequest request) {
        requireArticle(id);
        ClaimJson created = ClaimJson.of(claims.create(request.toCommand(id)));
        return ResponseEntity.created(Locations.of("/api/v1/claims/{id}", created.id())).body(created);
    }

    @GetMapping("/claims/{id}")
    @Operation(summary = "One claim with its anchor (viewer and up)")
    ClaimJson get(@PathVariable long id) {
        return claims.find(id).map(ClaimJson::of).orElseThrow(NotFoundException::new);
    }

    @PutMapping("/claims/{id}")
    @Operation(summary = "Replace a claim's fields (fact-checker and up); 409 when it changed since `version`")
    ClaimJson edit(@PathVariable long id, @Valid @RequestBody EditClaimRequest request) {
        return ClaimJson.of(claims.edit(id, request.version(), request.toFields()));
    }

    private void requireArticle(long id) {
        if (articles.find(id).isEmpty()) {
            throw new NotFoundException();
        }
    }
}
