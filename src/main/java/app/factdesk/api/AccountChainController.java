package app.factdesk.api;

import app.factdesk.audit.AuditService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The workspace's append-only, hash-chained audit log and its verification.")
class AccountChainController {

    private final AuditService audit;

    AccountChainController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/account-chain/verification")
    @Operation(summary = "Verify the account-level chain (sign-ins, throttling, lockouts): OK with count and head "
            + "hash, or the first bad event (installation admin)")
    ChainJson verification() {
        return ChainJson.of(audit.verifyAccountChain());
    }
}
