package de.serviceportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AdminPasswordGeneratorTest {

    @Test
    void generatedPasswordsAreLongUnambiguousAndDifferEveryTime() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = AdminBootstrap.generatePassword(random);
            assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}");
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void generatedPasswordsSatisfyThePasswordRules() {
        new PasswordRules(12).check(AdminBootstrap.generatePassword(new SecureRandom()));
    }
}
