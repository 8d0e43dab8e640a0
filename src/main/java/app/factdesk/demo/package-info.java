/**
 * Demo data: on the first start with the embedded database (or when {@code factdesk.demo.enabled=true}), the
 * "Demo desk" workspace, one user per role and the reference article.
 */
package app.factdesk.demo;
