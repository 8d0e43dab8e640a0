package app.factdesk.api;

import app.factdesk.attest.CheckpointService;
import app.factdesk.shared.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit/checkpoints")
@Tag(name = "Audit", description = "The workspace's append-only, hash-chained audit log and its verification.")
class CheckpointController {

    /** One checkpoint as listed: where it sits in the chain and who signed it when. */
    record CheckpointJson(long id, long eventCount, String headHash, String signedAt, String keyId,
            boolean scheduled) {

        static CheckpointJson of(CheckpointService.Checkpoint checkpoint) {
            return new CheckpointJson(checkpoint.id(), checkpoint.eventCount(), checkpoint.headHash(),
                    checkpoint.signedAt().toString(), checkpoint.keyId(), checkpoint.requestedBy() == null);
        }
    }

    private final CheckpointService checkpoints;

    CheckpointController(CheckpointService checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping
    @Operation(summary = "The workspace's latest signed audit checkpoints, newest first (members)")
    List<CheckpointJson> list() {
        return checkpoints.recent(50).stream().map(CheckpointJson::of).toList();
    }

    @GetMapping(value = "/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest signed checkpoint as a file to keep: pass it to `factdesk.jar verify "
            + "--checkpoint` with a later export (members)")
    ResponseEntity<String> latest() {
        return checkpoints.latest().map(checkpoint -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(checkpoint.document())).orElseThrow(() -> new UserFacingException("attest.checkpoint.not-found"));
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign a checkpoint of the chain as it stands now (admins)")
    ResponseEntity<String> sign() {
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body(checkpoints.signNow().document());
    }
}
