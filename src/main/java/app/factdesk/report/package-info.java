/**
 * Reports and exports for editors and admins: the audit report of an article as PDF (Arabic shaped and laid out
 * right to left, with embedded fonts) and as JSON, ClaimReview JSON-LD for published verdicts, and the workspace's
 * audit events as CSV streamed from the database. {@link app.factdesk.report.ExportService} writes an export at once;
 * {@link app.factdesk.report.ExportJobService} runs it in the background with progress and keeps the file for a later
 * download. Every export is itself an audit event ({@code export.downloaded}, {@code export.created}). Reads the
 * other modules through their services; no module depends on this one except the REST API. See
 * {@code docs/adr/012-report-exports.md}.
 */
package app.factdesk.report;
