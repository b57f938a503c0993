package de.serviceportal.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves GET {@code /.login}. The POST to the same path never arrives here: Spring Security's form
 * login filter handles it.
 */
@RestController
class LoginPageController {

    private final LoginPage page;

    LoginPageController(LoginAttempts attempts) {
        this.page = new LoginPage(attempts.lockDuration().toMinutes());
    }

    @GetMapping(path = "/.login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> loginPage(HttpServletRequest request, CsrfToken csrf,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout) {
        LoginPage.Notice notice = error != null
                ? ("locked".equals(error) ? LoginPage.Notice.LOCKED : LoginPage.Notice.FAILED)
                : logout != null ? LoginPage.Notice.LOGGED_OUT : LoginPage.Notice.NONE;
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", page.contentSecurityPolicy())
                .body(page.render(request.getContextPath(), csrf, notice));
    }
}
