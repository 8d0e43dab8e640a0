package app.factdesk.report;

import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many claims the PDF reports in progress on this server may hold between them. A tagged PDF stays in memory until
 * it is saved (about 8 KB per claim, more while it is saved and signed), so two reports of the largest size would not
 * fit in the heap together. A report either waits, first come first served, until its claims fit ({@link #hold}), or
 * is told at once that they do not ({@link #holdNow}); smaller reports run side by side (ADR 023).
 */
final class ClaimBudget {

    private final int claims;
    private final Semaphore free;

    ClaimBudget(int claims) {
        this.claims = claims;
        this.free = new Semaphore(claims, true);
    }

    /** Waits until {@code wanted} claims (at least one, at most the whole budget) fit, and holds them until closed. */
    Held hold(int wanted) throws InterruptedIOException {
        int permits = permits(wanted);
        try {
            free.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for other PDF reports to finish");
        }
        return held(permits);
    }

    private int permits(int wanted) {
        return Math.max(1, Math.min(wanted, claims));
    }

    private Held held(int permits) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                free.release(permits);
            }
        };
    }

    /** Holds {@code wanted} claims (as {@link #hold}) if they fit now; empty if other reports hold too many. */
    Optional<Held> holdNow(int wanted) {
        int permits = permits(wanted);
        // With a zero timeout rather than tryAcquire(permits), which would pass reports already waiting.
        try {
            return free.tryAcquire(permits, 0, TimeUnit.SECONDS) ? Optional.of(held(permits)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Claims held by a report; released once, when closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
