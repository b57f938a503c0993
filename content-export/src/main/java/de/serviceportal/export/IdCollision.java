package de.serviceportal.export;

import javax.jcr.ImportUUIDBehavior;

/**
 * What happens when an imported node carries a {@code jcr:uuid} that already exists in the repository.
 * Each constant maps one to one to a {@link ImportUUIDBehavior} value.
 */
public enum IdCollision {
    /** Abort the import with an {@link ImportException}. */
    THROW(ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW),
    /** Replace the existing node (at the existing node's position) with the imported one. */
    REPLACE_EXISTING(ImportUUIDBehavior.IMPORT_UUID_COLLISION_REPLACE_EXISTING),
    /** Give every imported node a new identifier; nothing collides, identifiers are not kept. */
    CREATE_NEW(ImportUUIDBehavior.IMPORT_UUID_CREATE_NEW);

    private final int jcrBehavior;

    IdCollision(int jcrBehavior) {
        this.jcrBehavior = jcrBehavior;
    }

    int jcrBehavior() {
        return jcrBehavior;
    }
}
