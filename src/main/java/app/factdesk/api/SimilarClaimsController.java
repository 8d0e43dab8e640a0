package app.factdesk.api;

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

    SimilarClaimsController(SimilarClaims similar) {
        this.similar = similar;
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

    record Matches(List<Match> items) {
    }

    @GetMapping("/claims/{id}/similar")
    @Operation(summary = "Claims of the workspace similar to this one, best first (viewer and up)")
    Matches similarTo(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return new Matches(similar.similarTo(id, limit).stream().map(Match::of).toList());
    }

    @PostMapping("/claim-matches")
    @Operation(summary = "Claims of the workspace that say what a text says, ranked (viewer and up)")
    Matches match(@Valid @RequestBody MatchRequest request) {
        return new Matches(similar.match(request.text(), request.limit() == null ? 10 : request.limit()).stream()
                .map(Match::of).toList());
    }
}
