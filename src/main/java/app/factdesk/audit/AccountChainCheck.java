package app.factdesk.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import app.factdesk.shared.scope.DatabaseScope;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the account-level chain once the application is up, in the background, and logs a WARNING that names the
 * first bad event when sign-in history was altered or removed. A rewound head (the tail cut off and the head row set
 * back to match) passes here; the signed checkpoints of the verifiable-audit work catch that.
 */
@Component
class AccountChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AccountChainCheck.class);

    private final AuditChain chain;
    private final DatabaseScope scope;
    private final TransactionTemplate transactions;

    AccountChainCheck(AuditChain chain, DatabaseScope scope, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.scope = scope;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.transactions = readOnly;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Thread thread = new Thread(this::check, "factdesk-account-chain-check");
        thread.setDaemon(true);
        thread.start();
    }

    ChainVerification check() {
        try {
            // The account-level chain is readable only in its named scope (ADR 017), inside a transaction.
            ChainVerification result = transactions.execute(status -> scope.forAccountChain(
                    () -> chain.verify(AuditChain.chainId(null))));
            if (result.ok()) {
                log.info("Account-level audit chain verified: {} events, head hash {}", result.count(),
                        result.headHash());
            } else {
                log.warn("Account-level audit chain is broken at event {} (id {}): {}", result.badSeq(),
                        result.badId(), result.reason());
            }
            return result;
        } catch (RuntimeException e) {
            log.warn("Account-level audit chain could not be verified at start-up: {}", e.getMessage());
            return null;
        }
    }
}
