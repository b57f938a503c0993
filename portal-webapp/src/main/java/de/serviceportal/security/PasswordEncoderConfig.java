package de.serviceportal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Separate from the web security so that {@link StaffAccounts} also works without a web server. */
@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfig {

    /** Stored hashes carry their algorithm ("{bcrypt}…"), so the default can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
