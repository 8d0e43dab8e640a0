package app.factdesk.api;

import app.factdesk.claim.ClaimService;
import app.factdesk.verdict.SourceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claims/{id}/sources")
@Tag(name = "Sources", description = "The evidence a claim's verdicts rely on.")
class SourceController {

    private final ClaimService claims;
    private final SourceService sources;

    SourceController(ClaimService claims, SourceService sources) {
        this.claims = claims;
        this.sources = sources;
    }

    /** The sources of one claim, in the order they were added. */
    record SourceList(long claimId, List<SourceJson> items) {
    }

    @GetMapping
    @Operation(summary = "The sources of a claim in the order they were added (viewer and up)")
    SourceList ofClaim(@PathVariable long id) {
        if (claims.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        return new SourceList(id, sources.ofClaim(id).stream().map(SourceJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Add a source without a file (fact-checker and up); 422 source.duplicate-url when the "
            + "claim already has that URL")
    ResponseEntity<SourceJson> add(@PathVariable long id, @Valid @RequestBody AddSourceRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(SourceJson.of(sources.add(request.toCommand(id), null)));
    }
}
