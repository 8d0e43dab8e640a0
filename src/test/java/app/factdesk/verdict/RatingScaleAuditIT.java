package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.AuditTrail.Recorded;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.audit.AuditService;
import app.factdesk.shared.Auditable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RatingScaleAuditIT {

    private static final RatingLabelFields PANTS = new RatingLabelFields("Pants on fire", "كذب صريح", 1, "#000000",
            null);

    @Autowired
    VerdictDesk desks;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    VerdictService verdicts;
    @Autowired
    TestUsers users;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;

    private VerdictDesk.Desk desk;
    private long workspaceId;

    @BeforeEach
    void freshDeskWithTheAdminSignedIn() {
        desk = desks.create();
        workspaceId = desk.other().workspaceId();
        users.signIn(desk.admin());
        ratings.scale();
    }

    @AfterEach
    void chainStillVerifies() {
        users.signIn(desk.admin());
        assertThat(audit.verifyChain().ok()).isTrue();
        TestUsers.signOut();
    }

    private Recorded oneAboutALabel(Runnable work) {
        return trail.one(workspaceId, "rating_label", work);
    }

    @Test
    void changing_the_settings_records_only_the_changed_settings_before_and_after() {
        Recorded changed = trail.one(workspaceId, "verdict_settings", () -> ratings.updateSettings(
                new VerdictSettingsRow(2, 1, 6, ratings.settings().version())));
        assertThat(changed.action()).isEqualTo("rating_scale.settings_changed");
        assertThat(changed.objectId()).isEqualTo(Long.toString(workspaceId));
        assertThat(changed.before()).isEqualTo(Map.of("approvalsRequired", 1L));
        assertThat(changed.after()).isEqualTo(Map.of("approvalsRequired", 2L));
    }

    @Test
    void adding_and_editing_a_label_record_its_fields_and_what_changed() {
        AtomicReference<RatingLabelRow> added = new AtomicReference<>();
        Recorded addition = oneAboutALabel(() -> added.set(ratings.add(PANTS)));
        assertThat(addition.action()).isEqualTo("rating_label.added");
        assertThat(addition.objectId()).isEqualTo(Long.toString(added.get().id()));
        assertThat(addition.before()).isNull();
        assertThat(addition.after()).containsEntry("labelEn", "Pants on fire").containsEntry("ratingValue", 1L)
                .containsEntry("colour", "#000000").containsEntry("position", 8L).containsEntry("retired", false);

        Recorded edit = oneAboutALabel(() -> ratings.edit(added.get().id(), added.get().version(), new RatingLabelFields("Pants on fire",
                "كذب صريح", 1, "#FF0000", "Ridiculous")));
        assertThat(edit.action()).isEqualTo("rating_label.edited");
        assertThat(edit.objectId()).isEqualTo(Long.toString(added.get().id()));
        assertThat(edit.before()).isEqualTo(Auditable.fields("colour", "#000000", "description",
                null));
        assertThat(edit.after()).isEqualTo(Auditable.fields("colour", "#ff0000", "description",
                "Ridiculous"));
    }

    @Test
    void retiring_reinstating_moving_and_deleting_a_label_each_record_one_event() {
        long labelId = ratings.add(PANTS).id();

        Recorded retired = oneAboutALabel(() -> ratings.setRetired(labelId, version(labelId), true));
        assertThat(retired.action()).isEqualTo("rating_label.retired");
        assertThat(retired.before()).isEqualTo(Map.of("retired", false));
        assertThat(retired.after()).isEqualTo(Map.of("retired", true));

        Recorded reinstated = oneAboutALabel(() -> ratings.setRetired(labelId, version(labelId), false));
        assertThat(reinstated.action()).isEqualTo("rating_label.reinstated");
        assertThat(reinstated.after()).isEqualTo(Map.of("retired", false));

        Recorded moved = oneAboutALabel(() -> ratings.move(labelId, -1));
        assertThat(moved.action()).isEqualTo("rating_label.moved");
        assertThat(moved.before()).isEqualTo(Map.of("position", 8L));
        assertThat(moved.after()).isEqualTo(Map.of("position", 7L));

        Recorded deleted = oneAboutALabel(() -> ratings.delete(labelId));
        assertThat(deleted.action()).isEqualTo("rating_label.deleted");
        assertThat(deleted.objectId()).isEqualTo(Long.toString(labelId));
        assertThat(deleted.before()).containsEntry("labelEn", "Pants on fire");
        assertThat(deleted.after()).isNull();
    }

    @Test
    void deleting_a_label_in_use_or_an_invalid_range_is_refused_without_an_event() {
        long used = users.as(desk.checker(), () -> {
            long labelId = ratings.activeLabels().get(1).id();
            verdicts.propose(new ProposeVerdict(desk.claimId(), labelId, "The readout confirms it.",
                    List.of(desks.addSource(desk.claimId()))));
            return labelId;
        });
        users.signIn(desk.admin());
        assertThat(trail.during(workspaceId, () -> {
            assertThatThrownBy(() -> ratings.delete(used)).hasMessage("rating.in-use");
            assertThatThrownBy(() -> ratings.updateSettings(new VerdictSettingsRow(1, 6, 1, ratings.settings().version())))
                    .hasMessage("rating.range-invalid");
            assertThatThrownBy(() -> ratings.add(new RatingLabelFields("Way off", "بعيد", 99, "#000000", null)))
                    .hasMessage("rating.value-out-of-range");
        })).isEmpty();
    }

    /** The label's version as saved now (what an admin's page would hold). */
    private long version(long labelId) {
        return ratings.scale().stream().filter(l -> l.id() == labelId).findFirst().orElseThrow().version();
    }
}
