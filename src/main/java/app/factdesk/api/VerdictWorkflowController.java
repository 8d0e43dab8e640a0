package app.factdesk.api;

import app.factdesk.verdict.VerdictService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proposing, returning and publishing verdicts; approving is in {@link VerdictController}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Verdicts")
class VerdictWorkflowController {

    private final VerdictService verdicts;

    VerdictWorkflowController(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/verdicts/{id}")
    @Operation(summary = "One verdict with its sources and sign-offs (viewer and up)")
    VerdictJson get(@PathVariable long id) {
        return verdicts.find(id).map(VerdictJson::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/claims/{id}/verdicts")
    @Operation(summary = "Propose a verdict on a claim in verification, or a correction of a published one "
            + "(fact-checker and up); 422 claim.proposal-blocked while required tasks are open")
    ResponseEntity<VerdictJson> propose(@PathVariable long id, @Valid @RequestBody ProposeVerdictRequest request) {
        VerdictJson proposed = VerdictJson.of(verdicts.propose(request.toCommand(id)));
        return ResponseEntity.created(Locations.of("/api/v1/verdicts/{id}", proposed.id())).body(proposed);
    }

    @PostMapping("/verdicts/{id}/returns")
    @Operation(summary = "Return a proposed verdict with a reason (editor and up); the claim goes back to "
            + "verification and the verdict stays in its history")
    VerdictJson giveBack(@PathVariable long id, @RequestBody ReturnVerdictRequest request) {
        return VerdictJson.of(verdicts.returnVerdict(id, request.reason()));
    }

    @PostMapping("/verdicts/{id}/publication")
    @Operation(summary = "Publish an approved verdict (editor and up); a correction needs `correctionNote`")
    VerdictJson publish(@PathVariable long id, @RequestBody(required = false) PublishVerdictRequest request) {
        return VerdictJson.of(verdicts.publish(id, request == null ? null : request.correctionNote()));
    }
}
