package app.factdesk.api;

import app.factdesk.claim.ClaimLinks;
import app.factdesk.claim.SimilarClaim;
import app.factdesk.claim.SimilarClaims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Similar claims", description = "Claims of the workspace that say the same thing (\"already checked\").")
class SimilarClaimsController {

    private final SimilarClaims similar;
    private final ClaimLinks links;
    private final app.factdesk.claim.FactCheckLibrary library;

    SimilarClaimsController(SimilarClaims similar, ClaimLinks links, app.factdesk.claim.FactCheckLibrary library) {
        this.library = library;
        this.similar = similar;
        this.links = links;
    }

    /** {@code POST /api/v1/claims/{id}/links}: the claim that says the same thing. */
    record LinkRequest(@jakarta.validation.constraints.NotNull(message = "api.field.required") Long claimId) {
    }

    /** A claim linked as the same claim, with its state and published verdict. */
    record Link(long claimId, long articleId, String statement, String state, String verdict,
                java.time.Instant linkedAt) {
    }

    record Links(List<Link> items) {
    }

    @GetMapping("/claims/{id}/links")
    @Operation(summary = "Claims linked to this one as the same claim (viewer and up)")
    Links linked(@PathVariable long id) {
        return new Links(links.linkedTo(id).stream().map(l -> new Link(l.claimId(), l.articleId(), l.statement(),
                l.state().name(), l.verdict(), l.linkedAt())).toList());
    }

    @PostMapping("/claims/{id}/links")
    @Operation(summary = "Link another claim of the workspace as the same claim, both ways, audited (fact-checker"
            + " and up); linking twice changes nothing")
    Links link(@PathVariable long id, @Valid @RequestBody LinkRequest request) {
        links.link(id, request.claimId());
        return linked(id);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/claims/{id}/links/{otherId}")
    @Operation(summary = "Remove a same-claim link, audited on both claims (fact-checker and up)")
    Links unlink(@PathVariable long id, @PathVariable long otherId) {
        links.unlink(id, otherId);
        return linked(id);
    }

    /** {@code POST /api/v1/claim-matches}: a text of at most 2,000 characters and how many matches (1..50). */
    record MatchRequest(
            @NotBlank(message = "api.field.required")
            @Size(max = 2000, message = "api.matches.text-too-long") String text,
            @Min(value = 1, message = "api.matches.limit-invalid")
            @Max(value = 50, message = "api.matches.limit-invalid") Integer limit) {
    }

    /** One match: the claim, its score in 0..1, its state and published verdict, and what lowered the score. */
    record Match(long claimId, long articleId, String statement, String state, String verdict, double score,
                 boolean numbersDiffer, boolean namesDiffer) {

        static Match of(SimilarClaim c) {
            return new Match(c.claimId(), c.articleId(), c.statement(), c.state().name(), c.verdict(), c.score(),
                    c.numbersDiffer(), c.namesDiffer());
        }
    }

    /** Ranked claims of the workspace, then ranked fact-checks of its reference library. */
    record Matches(List<Match> items, List<app.factdesk.claim.CheckedElsewhere> checkedElsewhere) {
    }

    /** What an import of a ClaimReview file did. */
    record Imported(int reviews, int added) {
    }

    @GetMapping("/claims/{id}/similar")
    @Operation(summary = "Claims of the workspace similar to this one, best first (viewer and up)")
    Matches similarTo(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return new Matches(similar.similarTo(id, limit).stream().map(Match::of).toList(),
                library.matchingClaim(id, Math.min(Math.max(limit, 1), 50)));
    }

    @PostMapping("/claim-matches")
    @Operation(summary = "Claims of the workspace that say what a text says, ranked (viewer and up)")
    Matches match(@Valid @RequestBody MatchRequest request) {
        int limit = request.limit() == null ? 10 : request.limit();
        return new Matches(similar.match(request.text(), limit).stream().map(Match::of).toList(),
                library.matching(request.text(), limit));
    }

    @PostMapping(value = "/fact-check-library", consumes = {"application/json", "application/ld+json"})
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Import a ClaimReview JSON-LD file (one review, an array, a @graph or a DataFeed) into the"
            + " workspace's reference library of published fact-checks, whole or not at all (admins)")
    Imported importFactChecks(@RequestBody byte[] file) {
        var imported = library.importFile("api", file);
        return new Imported(imported.reviews(), imported.added());
    }
}
