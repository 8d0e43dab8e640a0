package app.factdesk.verdict.snapshot;

import app.factdesk.verdict.SourceAdded;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * The capture job (a db-scheduler one-time task per snapshot, ADR 025/026) and the hook that asks for a capture in
 * the transaction that adds a source.
 */
@Configuration
class SnapshotJobs {

    private final SnapshotService snapshots;

    SnapshotJobs(@Lazy SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Bean
    OneTimeTask<SnapshotService.CaptureJob> sourceCapture() {
        return Tasks.oneTime("source-capture", SnapshotService.CaptureJob.class)
                .execute((instance, context) -> snapshots.run(instance.getData()));
    }

    /** Same transaction as the new source: the pending snapshot and its job commit with it or not at all. */
    @EventListener
    void on(SourceAdded added) {
        Object url = added.after() == null ? null : added.after().get("url");
        if (url instanceof String text) {
            snapshots.sourceAdded(added.sourceId(), text);
        }
    }
}
