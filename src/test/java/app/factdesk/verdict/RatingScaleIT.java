package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RatingScaleIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    VerdictService verdicts;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_new_workspace_gets_the_default_scale_with_unverifiable_outside_the_range() {
        VerdictDesk.Desk desk = desks.create();
        users.signIn(desk.checker());
        List<RatingLabelRow> scale = ratings.scale();
        assertThat(scale).extracting(RatingLabelRow::labelEn).containsExactly("True", "Mostly true", "Half true",
                "Misleading", "Mostly false", "False", "Unverifiable");
        assertThat(scale.get(6).ratingValue()).isNull();
        assertThat(scale.get(0).labelAr()).isEqualTo("صحيح");
        VerdictSettingsRow settings = ratings.settings();
        assertThat(settings.approvalsRequired()).isEqualTo(1);
        assertThat(scale).allMatch(label -> settings.inRange(label.ratingValue()));
    }

    @Test
    void only_admins_edit_the_scale_and_values_stay_in_range() {
        VerdictDesk.Desk desk = desks.create();
        RatingLabelFields pants = new RatingLabelFields("Pants on fire", "كذب صريح", 0, "#000000", null);
        users.signIn(desk.editor());
        assertThatThrownBy(() -> ratings.add(pants)).isInstanceOf(AccessDeniedException.class);
        users.signIn(desk.admin());
        assertThatThrownBy(() -> ratings.add(pants)).hasMessage("rating.value-out-of-range");
        ratings.updateSettings(new VerdictSettingsRow(1, 0, 6, ratings.settings().version()));
        assertThat(ratings.add(pants).position()).isEqualTo(8);
        List<RatingLabelRow> moved = ratings.move(ratings.scale().get(7).id(), -1);
        assertThat(moved.get(6).labelEn()).isEqualTo("Pants on fire");
    }

    @Test
    void a_stale_edit_of_a_label_or_the_settings_is_refused_and_changes_nothing() {
        VerdictDesk.Desk desk = desks.create();
        users.signIn(desk.admin());
        RatingLabelRow label = ratings.scale().get(0);
        VerdictSettingsRow settings = ratings.settings();
        ratings.setRetired(label.id(), label.version(), true);
        assertThatThrownBy(() -> ratings.setRetired(label.id(), label.version(), false))
                .hasMessage("rating.conflict");
        assertThatThrownBy(() -> ratings.edit(label.id(), label.version(), new RatingLabelFields("Stale", "قديم",
                label.ratingValue(), label.colour(), null))).hasMessage("rating.conflict");
        assertThat(ratings.scale().get(0).retired()).isTrue();
        assertThat(ratings.scale().get(0).labelEn()).isEqualTo(label.labelEn());

        ratings.updateSettings(new VerdictSettingsRow(2, settings.worstRating(), settings.bestRating(),
                settings.version()));
        assertThatThrownBy(() -> ratings.updateSettings(new VerdictSettingsRow(1, settings.worstRating(),
                settings.bestRating(), settings.version()))).hasMessage("rating.conflict");
        assertThat(ratings.settings().approvalsRequired()).isEqualTo(2);
    }

    @Test
    void a_label_that_verdicts_use_can_be_retired_but_not_deleted() {
        VerdictDesk.Desk desk = desks.create();
        long labelId = users.as(desk.checker(), () -> {
            long id = ratings.activeLabels().get(1).id();
            verdicts.propose(new ProposeVerdict(desk.claimId(), id, "Mostly right.",
                    List.of(desks.addSource(desk.claimId()))));
            return id;
        });
        users.signIn(desk.admin());
        assertThatThrownBy(() -> ratings.delete(labelId)).hasMessage("rating.in-use");
        assertThat(ratings.setRetired(labelId, version(labelId), true).retired()).isTrue();
        assertThat(ratings.activeLabels()).extracting(RatingLabelRow::id).doesNotContain(labelId);
        assertThat(ratings.scale()).extracting(RatingLabelRow::id).contains(labelId);

        long unused = ratings.scale().get(3).id();
        ratings.delete(unused);
        assertThat(ratings.scale()).hasSize(6);
    }

    /** The label's version as saved now (what an admin's page would hold). */
    private long version(long labelId) {
        return ratings.scale().stream().filter(l -> l.id() == labelId).findFirst().orElseThrow().version();
    }
}
