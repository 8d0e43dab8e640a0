package app.factdesk.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Scheduling a db-scheduler job as part of the work that needs it (ADR 025). */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Schedules {@code instance} at {@code at} unless it is already scheduled, through the current transaction
     * (db-scheduler's transaction-aware data source: the job commits or rolls back with the work), and has this
     * server look for due jobs as soon as the transaction commits instead of at its next poll.
     */
    public static boolean schedule(SchedulerClient scheduler, TaskInstance<?> instance, Instant at) {
        boolean added = scheduler.scheduleIfNotExists(instance, at);
        lookAfterCommit(scheduler);
        return added;
    }

    /** This server looks for due jobs once the current transaction commits (at once without a transaction). */
    public static void lookAfterCommit(SchedulerClient scheduler) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (scheduler instanceof Scheduler running) {
                running.triggerCheckForDueExecutions();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (scheduler instanceof Scheduler running) {
                    running.triggerCheckForDueExecutions();
                }
            }
        });
    }
}
