package de.serviceportal.authoring;

import org.springframework.stereotype.Component;

/**
 * The authoring operations for the editor workspace's screens: the same checks, lock, versions and audit as the
 * REST API, addressed by workspace and path. Refusals are {@link AuthoringException}s with a German message.
 */
@Component
public class ContentEditing {

    private final NodeEditor editor;
    private final ContentCommands commands;
    private final ContentCopy copies;

    ContentEditing(NodeEditor editor, ContentCommands commands, ContentCopy copies) {
        this.editor = editor;
        this.commands = commands;
        this.copies = copies;
    }

    /** Puts the node before {@code before} or after {@code after} (exactly one given), among its siblings. */
    public void order(String workspace, String path, String before, String after, String actor) {
        commands.order(address(workspace, path), before, after, actor);
    }

    /** Moves the node below {@code destination}, keeping its name and identifier. */
    public void move(String workspace, String path, String destination, String actor) {
        commands.move(address(workspace, path), address(workspace, destination), actor);
    }

    /** Renames the node in place (same parent, position and identifier); returns its new path. */
    public String rename(String workspace, String path, String name, String actor) {
        return commands.rename(address(workspace, path), name, actor).path();
    }

    /**
     * Copies the node and its subtree below {@code destination} as {@code name}, with new identifiers and
     * unpublished; {@code title}, if not null, becomes the copy's title. Returns the copy's path.
     */
    public String copy(String workspace, String path, String destination, String name, String title,
            String actor) {
        return copies.copy(address(workspace, path), address(workspace, destination), name, title, actor).path();
    }

    /** Deletes the node after keeping a version (see {@link NodeEditor#delete}); {@code ifMatch} may be null. */
    public void delete(String workspace, String path, String ifMatch, String actor) {
        editor.delete(address(workspace, path), ifMatch, actor);
    }

    private static ContentAddress address(String workspace, String path) {
        return new ContentAddress(workspace, path);
    }
}
