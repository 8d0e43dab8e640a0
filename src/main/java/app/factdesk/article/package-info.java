/**
 * Articles: imported texts whose body never changes once stored, so that claims can point into it. Everything is
 * scoped to the signed-in user's current workspace.
 */
package app.factdesk.article;
