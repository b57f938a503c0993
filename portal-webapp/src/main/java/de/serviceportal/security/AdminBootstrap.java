package de.serviceportal.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be administered: if no account holds the ADMIN role, creates
 * {@code admin} with the password from {@code portal.bootstrap.admin-password}, or — if that is not
 * set — with a generated random password that is printed exactly once (there is no fixed default
 * password). Once an administrator exists this class does nothing, so the password never appears
 * again, and a configured password is ignored (changing the property does not reset it).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    static final String USERNAME = "admin";
    /** No 0/O, 1/l/I: the password is read off a console and typed in by hand. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;

    private final StaffAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(StaffAccounts accounts,
            @Value("${portal.bootstrap.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    void ensureAdmin() {
        boolean configured = configuredPassword != null && !configuredPassword.isEmpty();
        if (accounts.adminExists()) {
            if (configured) {
                log.info("portal.bootstrap.admin-password is set but ignored: an administrator account exists. "
                        + "You can remove the property.");
            }
            return;
        }
        String password = configured ? configuredPassword : generatePassword(new SecureRandom());
        try {
            accounts.create(USERNAME, password, "Administration", null, EnumSet.of(StaffRole.ADMIN));
        } catch (StaffAccountException e) {
            if (e.reason() == StaffAccountException.Reason.DUPLICATE_USERNAME) {
                if (accounts.adminExists()) {
                    log.info("Another cluster node created the first administrator account");
                } else {
                    log.error("No administrator account exists, but the username '{}' is taken by an account "
                            + "without the ADMIN role. Grant it the ADMIN role in the database.", USERNAME);
                }
                return;
            }
            if (e.reason() == StaffAccountException.Reason.INVALID_PASSWORD) {
                throw new IllegalStateException("portal.bootstrap.admin-password is not acceptable: "
                        + e.getMessage(), e);
            }
            throw e;
        }
        if (configured) {
            log.info("Created the first administrator account '{}' with the configured password "
                    + "(portal.bootstrap.admin-password)", USERNAME);
        } else {
            announce(password);
        }
    }

    /** Printed once: as a WARN log line (for log files) and on stdout (for the person at the console). */
    private static void announce(String password) {
        String banner = """

                ============================================================================
                  Erstes Administratorkonto angelegt / First administrator account created
                    Benutzername / username : %s
                    Passwort     / password : %s
                  DE: Dieses Passwort wird nur dieses EINE Mal angezeigt. Bitte jetzt notieren
                      und nach der ersten Anmeldung unter /.login ändern.
                  EN: This password is shown only this ONCE. Write it down now and change it
                      after the first login at /.login.
                ============================================================================
                """.formatted(USERNAME, password);
        log.warn(banner);
        System.out.println(banner);
    }

    /** Four groups of five characters from a 57-letter alphabet: about 116 bits of entropy. */
    static String generatePassword(RandomGenerator random) {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
