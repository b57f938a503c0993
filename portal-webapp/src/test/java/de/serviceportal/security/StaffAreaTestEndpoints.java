package de.serviceportal.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stand-ins for pages that other features will provide, under paths of their own so they can never
 * clash with the real {@code /.admin/} and {@code /.editor/} controllers. Import explicitly; being a
 * {@code @TestConfiguration} keeps it out of component scanning in @SpringBootTest contexts.
 */
@TestConfiguration(proxyBeanMethods = false)
class StaffAreaTestEndpoints {

    static final String ADMIN_PAGE = "/.admin/security-test";
    static final String EDITOR_PAGE = "/.editor/security-test";
    static final String PUBLIC_FORM = "/security-test/public-form";

    @RestController
    static class Endpoints {

        @GetMapping(ADMIN_PAGE)
        String admin() {
            return "admin-area";
        }

        @GetMapping(EDITOR_PAGE)
        String editor() {
            return "editor-area";
        }

        @PostMapping(PUBLIC_FORM)
        String publicForm() {
            return "form-accepted";
        }
    }
}
