package de.serviceportal.authoring;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.publishing.LiveContentChanged;
import de.serviceportal.publishing.Publisher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Magnolia-style commands on content: {@code publish} and {@code unpublish} (publishers only), {@code move} to
 * another parent and {@code order} among siblings (editors too).
 */
@RestController
@Tag(name = "Commands", description = "Veröffentlichen, zurückziehen, verschieben, sortieren")
class CommandsController {

    private final Publisher publisher;
    private final ContentCommands commands;
    private final JsonBody body;

    CommandsController(Publisher publisher, ContentCommands commands, JsonBody body) {
        this.publisher = publisher;
        this.commands = commands;
        this.body = body;
    }

    @Operation(summary = "Befehl ausführen", description = "command: publish (path, recursive, comment), "
            + "unpublish (path, comment), move (path, destination = neuer Elternknoten), order (path, before "
            + "oder after = Name eines Geschwisterknotens). publish/unpublish nur mit Rolle PUBLISHER oder ADMIN.")
    @PostMapping(path = "/.rest/commands/v2/{workspace}/{command}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> run(@PathVariable String workspace, @PathVariable String command,
            Principal principal, HttpServletRequest request) {
        CommandInput input = CommandInput.parse(body.read(request));
        ContentAddress address = new ContentAddress(workspace, input.path());
        String actor = Actors.of(principal);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("command", command);
        switch (command) {
            case "publish" -> changes(answer, address, publisher.publish(workspace, address.path(),
                    input.recursive(), actor, input.comment()));
            case "unpublish" -> changes(answer, address, publisher.unpublish(workspace, address.path(), actor,
                    input.comment()));
            case "move" -> {
                if (input.destination() == null) {
                    throw AuthoringException.badRequest("Bitte das Ziel („destination“) angeben.");
                }
                answer.put("path", commands.move(address, new ContentAddress(workspace, input.destination()),
                        actor).path());
            }
            case "order" -> answer.put("path", commands.order(address, input.before(), input.after(), actor)
                    .path());
            default -> throw new AuthoringException(HttpStatus.NOT_FOUND, "commandNotFound",
                    "Den Befehl „" + command + "“ gibt es nicht.");
        }
        return ResponseEntity.ok(answer);
    }

    private static void changes(Map<String, Object> answer, ContentAddress address, LiveContentChanged changed) {
        answer.put("path", address.path());
        answer.put("items", changed.changes().size());
    }
}
