package app.factdesk.attest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The desk's public signing keys, current and retired, for anyone who verifies an export (no sign-in). */
@RestController
class KeysController {

    static final String PATH = "/.well-known/factdesk-keys.json";

    private final AttestationService attestation;

    KeysController(AttestationService attestation) {
        this.attestation = attestation;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(attestation.publishedKeys().toJson());
    }
}
