package app.factdesk.api;

import app.factdesk.claim.ClaimService;
import app.factdesk.verdict.VerdictService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Verdicts", description = "Verdicts of a claim and their editorial sign-off (four-eyes rule).")
class VerdictController {

    private final ClaimService claims;
    private final VerdictService verdicts;

    VerdictController(ClaimService claims, VerdictService verdicts) {
        this.claims = claims;
        this.verdicts = verdicts;
    }

    /** Every verdict of a claim, newest first. */
    record VerdictList(long claimId, List<VerdictJson> items) {
    }

    @GetMapping("/claims/{id}/verdicts")
    @Operation(summary = "The verdicts of a claim, newest first, with their sign-offs (viewer and up)")
    VerdictList ofClaim(@PathVariable long id) {
        if (claims.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        return new VerdictList(id, verdicts.ofClaim(id).stream().map(VerdictJson::of).toList());
    }

    @PostMapping("/verdicts/{id}/approvals")
    @Operation(summary = "Approve a proposed verdict (editor and up); 422 verdict.own-verdict for its proposer, "
            + "verdict.already-signed, verdict.already-decided")
    VerdictJson approve(@PathVariable long id) {
        return VerdictJson.of(verdicts.approve(id));
    }
}
