package de.serviceportal.authoring;

import java.security.Principal;

/** Who is changing content, as the audit and the mgnl: bookkeeping name them. */
final class Actors {

    private Actors() {
    }

    static String of(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
