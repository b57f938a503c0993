package de.serviceportal.example;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.serviceportal.plugin.PluginPaths;

/** {@code GET /.rest/example/v1/greeting?site=merseburg&name=Anna}: the site's greeting as JSON. */
@RestController
@RequestMapping(PluginPaths.REST + ExampleAutoConfiguration.ID + "/v1")
class GreetingController {

    private final Greetings greetings;

    GreetingController(Greetings greetings) {
        this.greetings = greetings;
    }

    @GetMapping("/greeting")
    GreetingResponse greeting(@RequestParam String site, @RequestParam(required = false) String name) {
        return new GreetingResponse(site, greetings.greeting(site, name));
    }

    /** An unknown site is the caller's mistake: 400 with the portal's German message. */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }

    record GreetingResponse(String site, String greeting) {
    }
}
