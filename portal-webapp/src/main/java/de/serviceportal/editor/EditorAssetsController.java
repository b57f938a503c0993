package de.serviceportal.editor;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The editor workspace's style sheets and scripts ({@code editor/assets/*.css|js} in the portal jar; staff only,
 * like the screens). Screens other than the frame's {@code editor.css}/{@code editor.js} name theirs in the frame
 * macro's {@code assets} list.
 */
@Controller
class EditorAssetsController {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(css|js)");

    @GetMapping("/.editor/assets/{name}")
    ResponseEntity<Resource> asset(@PathVariable String name) {
        Resource resource = new ClassPathResource("editor/assets/" + name);
        if (!NAME.matcher(name).matches() || !resource.exists()) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaType.valueOf(name.endsWith(".css") ? "text/css;charset=UTF-8"
                : "text/javascript;charset=UTF-8");
        // revalidated after a minute: an updated portal ships new versions under the same names
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
                .body(resource);
    }
}
