package app.factdesk.api;

import app.factdesk.article.ArticleService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Imported texts of the token's workspace; a body never changes once stored.")
class ArticleController {

    static final int MAX_LIMIT = 100;

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping
    @Operation(summary = "A page of the workspace's articles, newest first (viewer and up)")
    ArticlePage list(@RequestParam(defaultValue = "0") @Min(value = 0, message = "api.offset-invalid") int offset,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "api.limit-invalid")
            @Max(value = MAX_LIMIT, message = "api.limit-invalid") int limit) {
        return new ArticlePage(articles.list(offset, limit).stream().map(ArticlePage.Item::of).toList(), offset,
                limit, articles.count());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article with its body (viewer and up)")
    ArticleJson get(@PathVariable long id) {
        return articles.find(id).map(ArticleJson::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @Operation(summary = "Import an article (fact-checker and up); 409 with existingId when the body is already there")
    ResponseEntity<ArticleJson> create(@Valid @RequestBody ImportArticleRequest request) {
        long id = articles.importArticle(request.toCommand(), request.duplicateAllowed());
        ArticleJson created = articles.find(id).map(ArticleJson::of).orElseThrow(NotFoundException::new);
        return ResponseEntity.created(Locations.of("/api/v1/articles/{id}", id)).body(created);
    }
}
