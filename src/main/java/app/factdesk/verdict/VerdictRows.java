package app.factdesk.verdict;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Builds read models of verdicts with their labels, sources, sign-offs and names in a few queries. */
@Component
class VerdictRows {

    private final RatingLabelRepository labels;
    private final SignOffRepository signOffs;
    private final SourceService sources;
    private final MemberNames names;

    VerdictRows(RatingLabelRepository labels, SignOffRepository signOffs, SourceService sources, MemberNames names) {
        this.labels = labels;
        this.signOffs = signOffs;
        this.sources = sources;
        this.names = names;
    }

    List<VerdictRow> of(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return List.of();
        }
        Map<Long, RatingLabelRow> ratings = labels.findByIdInAndWorkspaceId(verdicts.stream().map(Verdict::getRatingLabelId)
                .distinct().toList(), verdicts.iterator().next().getWorkspaceId()).stream().collect(Collectors.toMap(RatingLabel::getId, RatingLabel::toRow));
        Map<Long, List<SignOff>> decisions = signOffs.findByVerdictIdInOrderByDecidedAtAscIdAsc(
                verdicts.stream().map(Verdict::getId).toList()).stream()
                .collect(Collectors.groupingBy(SignOff::getVerdictId));
        List<Source> claimSources = sources.ofClaims(verdicts.stream().map(Verdict::getClaimId).distinct().toList());
        // one name look-up for proposers, publishers, editors and the sources' adders
        Map<Long, String> who = names.of(Stream.of(
                verdicts.stream().flatMap(v -> Stream.of(v.getProposedBy(), v.getPublishedBy())),
                decisions.values().stream().flatMap(List::stream).map(SignOff::getEditorId),
                claimSources.stream().map(Source::getAddedBy)).flatMap(s -> s).toList());
        Map<Long, List<SourceRow>> sourcesByClaim = new HashMap<>();
        claimSources.forEach(s -> sourcesByClaim.computeIfAbsent(s.getClaimId(), c -> new java.util.ArrayList<>())
                .add(s.toRow(who.get(s.getAddedBy()))));
        return verdicts.stream().map(v -> new VerdictRow(v.getId(), v.getClaimId(), ratings.get(v.getRatingLabelId()),
                v.getRationale(), v.getStatus(), v.isCorrection(), v.getProposedBy(), who.get(v.getProposedBy()),
                v.getProposedAt(), v.getApprovalsRequired(),
                sourcesByClaim.getOrDefault(v.getClaimId(), List.of()).stream().filter(s -> v.getSourceIds().contains(s.id())).toList(),
                decisions.getOrDefault(v.getId(), List.of()).stream().map(s -> s.toRow(who.get(s.getEditorId())))
                        .toList(),
                v.getReturnReason(), who.get(v.getPublishedBy()), v.getPublishedAt(), v.getCorrectionNote()))
                .toList();
    }
}
