package app.factdesk.api;

/** Nothing at this id in the caller's workspace: another workspace's id gets the same answer as an unknown one. */
class NotFoundException extends RuntimeException {

    NotFoundException() {
        super("api.not-found", null, false, false);
    }
}
