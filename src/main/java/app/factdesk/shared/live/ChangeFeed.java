package app.factdesk.shared.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells everyone looking at a workspace that something changed there: services announce a change, and after the
 * transaction commits the notice goes to this server's subscribers at once and to the other servers through
 * PostgreSQL {@code NOTIFY} on {@value #CHANNEL}. Subscribers re-query their services; no entity travels.
 */
@Component
public class ChangeFeed {

    public static final String CHANNEL = "factdesk_changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private static final CopyOnWriteArrayList<Consumer<ChangeNotice>> EMPTY = new CopyOnWriteArrayList<>();

    private final String instanceId = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-live-debounce");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CopyOnWriteArrayList<Consumer<ChangeNotice>>> subscribers = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ChangeFeed(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Announces a change; sent after the current transaction commits (at once when there is none). */
    public void announce(long workspace, String type, long id, long version) {
        ChangeNotice notice = new ChangeNotice(workspace, type, id, version, instanceId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(notice);
                }
            });
        } else {
            send(notice);
        }
    }

    /** Calls {@code listener} for every change in the workspace (and for resyncs) until the registration is removed. */
    public Registration subscribe(long workspace, Consumer<ChangeNotice> listener) {
        CopyOnWriteArrayList<Consumer<ChangeNotice>> list =
                subscribers.computeIfAbsent(workspace, w -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }


    /** How many listeners are registered now (leak checks). */
    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(java.util.List::size).sum();
    }

    /** The timer views debounce their refreshes on; stopped with the application. */
    ScheduledExecutorService timer() {
        return timer;
    }

    @jakarta.annotation.PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }

    String instanceId() {
        return instanceId;
    }

    private void send(ChangeNotice notice) {
        dispatch(notice);
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, json.writeValueAsString(notice));
        } catch (JsonProcessingException | org.springframework.dao.DataAccessException e) {
            log.warn("Could not send change notice {} to other servers", notice, e);
        }
    }

    /** Delivers a notice from this or another server to the local subscribers. */
    void dispatch(ChangeNotice notice) {
        if (notice.isResync()) {
            subscribers.values().forEach(list -> list.forEach(l -> deliver(l, notice)));
        } else {
            subscribers.getOrDefault(notice.workspace(), EMPTY).forEach(l -> deliver(l, notice));
        }
    }

    private static void deliver(Consumer<ChangeNotice> listener, ChangeNotice notice) {
        try {
            listener.accept(notice);
        } catch (RuntimeException e) {
            log.warn("A change listener failed on {}", notice, e);
        }
    }
}
