/** The exports page: start an export, watch its progress, download it later; admins set the ClaimReview publisher. */
package app.factdesk.report.ui;
