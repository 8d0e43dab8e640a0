package app.factdesk.shared.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ChangeFeedIT {

    private static final long WORKSPACE = 987_654;

    @Autowired
    ChangeFeed feed;
    @Autowired
    ChangeListener listener;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired
    org.springframework.boot.autoconfigure.jdbc.DataSourceProperties datasource;

    private final List<ChangeNotice> received = new CopyOnWriteArrayList<>();
    private Registration subscription;

    private void subscribe() {
        subscription = feed.subscribe(WORKSPACE, received::add);
    }

    @AfterEach
    void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
        }
    }

    @Test
    void a_change_is_announced_only_after_its_transaction_commits() {
        subscribe();
        transactions.executeWithoutResult(status -> {
            feed.announce(WORKSPACE, "claim", 1, 3);
            assertThat(received).as("not before commit").isEmpty();
        });
        assertThat(received).extracting(ChangeNotice::id).containsExactly(1L);
        transactions.executeWithoutResult(status -> {
            feed.announce(WORKSPACE, "claim", 2, 1);
            status.setRollbackOnly();
        });
        assertThat(received).extracting(ChangeNotice::id).containsExactly(1L);
    }

    @Test
    void notices_from_another_server_arrive_and_our_own_echo_is_ignored() {
        subscribe();
        feed.announce(WORKSPACE, "claim", 7, 1);
        ownerDatabase.jdbc().queryForObject("select pg_notify(?, ?)", Object.class, ChangeFeed.CHANNEL,
                "{\"workspace\":" + WORKSPACE + ",\"type\":\"claim\",\"id\":8,\"version\":2,\"origin\":\"other\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 2);
        assertThat(received).extracting(ChangeNotice::id).containsExactly(7L, 8L);
    }

    @Test
    void a_change_committed_here_reaches_a_second_servers_listener_once() {
        ChangeFeed serverB = new ChangeFeed(ownerDatabase.jdbc(), json);
        ChangeListener listenerB = new ChangeListener(serverB, datasource, json);
        List<ChangeNotice> onB = new CopyOnWriteArrayList<>();
        serverB.subscribe(WORKSPACE, onB::add);
        listenerB.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                feed.announce(WORKSPACE, "probe", 0, 0);
                return onB.stream().anyMatch(n -> n.type().equals("probe"));
            });
            transactions.executeWithoutResult(status -> feed.announce(WORKSPACE, "claim", 42, 5));
            await().atMost(Duration.ofSeconds(5)).until(() -> onB.stream().anyMatch(n -> n.id() == 42));
            assertThat(onB.stream().filter(n -> n.id() == 42)).singleElement()
                    .satisfies(n -> assertThat(n.version()).isEqualTo(5));
        } finally {
            listenerB.stop();
        }
    }

    @Test
    void other_workspaces_changes_are_not_delivered() {
        subscribe();
        feed.announce(WORKSPACE + 1, "claim", 9, 1);
        assertThat(received).isEmpty();
    }

    @Test
    void a_dropped_listen_connection_reconnects_and_asks_views_to_refresh() {
        subscribe();
        int before = listener.reconnects();
        listener.dropConnection();
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.reconnects() > before);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(ChangeNotice::isResync));
        ownerDatabase.jdbc().queryForObject("select pg_notify(?, ?)", Object.class, ChangeFeed.CHANNEL,
                "{\"workspace\":" + WORKSPACE + ",\"type\":\"claim\",\"id\":11,\"version\":1,\"origin\":\"other\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(n -> n.id() == 11));
    }
}
