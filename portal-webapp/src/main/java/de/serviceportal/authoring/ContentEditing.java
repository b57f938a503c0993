package de.serviceportal.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;

/**
 * The authoring operations for the editor workspace's screens: the same checks, lock, versions and audit as the
 * REST API, addressed by workspace and path. Refusals are {@link AuthoringException}s with a German message.
 */
@Component
public class ContentEditing {

    private final NodeEditor editor;
    private final ContentCommands commands;
    private final ContentCopy copies;
    private final Dialogs dialogs;

    ContentEditing(NodeEditor editor, ContentCommands commands, ContentCopy copies, Dialogs dialogs) {
        this.editor = editor;
        this.commands = commands;
        this.copies = copies;
        this.dialogs = dialogs;
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

    /** The node's state token (its ETag in the draft); a screen sends it back as {@code ifMatch}. */
    public String state(String workspace, String path) {
        return editor.state(address(workspace, path));
    }

    /**
     * Sets the node's values as its dialog allows, validated as the Nodes API validates them (the dialog's nested
     * forms included). Nothing is written if a field is wrong ({@link AuthoringException#fieldErrors()}, with
     * {@code known} errors of the screen among them) or if the node's state is no longer {@code ifMatch} (status
     * 412). Returns the new state token.
     */
    public String update(String workspace, String path, NodeValues values, List<FieldError> known, String ifMatch,
            String actor) {
        return editor.update(address(workspace, path), values.toInput(null, null), known, ifMatch, actor).etag();
    }

    /**
     * Creates a component of {@code template} in the area at {@code areaPath} (the area node too if missing),
     * before the sibling {@code before} (may be null), with the given values; only if the area offers the template,
     * is not full and the values are valid. Returns the new component's path.
     */
    public String createComponent(String workspace, String areaPath, String template, String before,
            NodeValues values, List<FieldError> known, String actor) {
        return editor.createComponent(address(workspace, areaPath), template, before,
                values.toInput(null, "mgnl:component"), known, actor).path();
    }

    /** The dialog definition of a template ({@code mgnl:template} → template → {@code dialog}). */
    public Optional<Definition> dialogOf(String templateId) {
        return dialogs.definitionFor(templateId);
    }

    /** Whether a refusal means the node changed since its state token was read. */
    public static boolean isStale(AuthoringException e) {
        return e.status() == HttpStatus.PRECONDITION_FAILED;
    }

    private static ContentAddress address(String workspace, String path) {
        return new ContentAddress(workspace, path);
    }
}
