package app.factdesk.api;

/** {@code POST /api/v1/verdicts/{id}/publication}: the body may be left out; a correction needs its note. */
record PublishVerdictRequest(String correctionNote) {
}
