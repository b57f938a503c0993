package de.serviceportal.editor;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The editor workspace's style sheet and script, from the portal jar (staff only, like the screens). */
@Controller
class EditorAssetsController {

    private static final Map<String, MediaType> ASSETS = Map.of(
            "editor.css", MediaType.valueOf("text/css;charset=UTF-8"),
            "editor.js", MediaType.valueOf("text/javascript;charset=UTF-8"));

    @GetMapping("/.editor/assets/{name}")
    ResponseEntity<Resource> asset(@PathVariable String name) {
        MediaType type = ASSETS.get(name);
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        // revalidated after a minute: an updated portal ships new versions under the same names
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
                .body(new ClassPathResource("editor/assets/" + name));
    }
}
