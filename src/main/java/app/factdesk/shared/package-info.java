/**
 * Shared kernel: the embedded PostgreSQL bootstrap, the clock, UI translations and the error handling every
 * view relies on. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.factdesk.shared;
