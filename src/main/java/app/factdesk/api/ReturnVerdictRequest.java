package app.factdesk.api;

/** {@code POST /api/v1/verdicts/{id}/returns}: why the verdict goes back (required, checked by the service). */
record ReturnVerdictRequest(String reason) {
}
