package de.serviceportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.serviceportal.security.StaffAccountException.Reason;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-staff-accounts;DB_CLOSE_DELAY=-1",
        "portal.bootstrap.admin-password=" + StaffAccountsTest.ADMIN_PASSWORD })
class StaffAccountsTest {

    static final String ADMIN_PASSWORD = "Bootstrap-Passwort-2025!";


    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAndFindsAnAccountWithNormalisedUsername() {
        StaffAccount created = accounts.create("  Erika.Muster ", "richtig-langes-passwort", " Erika Muster ",
                "erika.muster@merseburg.de", EnumSet.of(StaffRole.EDITOR, StaffRole.PUBLISHER));

        assertThat(created.username()).isEqualTo("erika.muster");
        StaffAccount found = accounts.find("ERIKA.MUSTER").orElseThrow();
        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.displayName()).isEqualTo("Erika Muster");
        assertThat(found.email()).isEqualTo("erika.muster@merseburg.de");
        assertThat(found.enabled()).isTrue();
        assertThat(found.createdAt()).isNotNull();
        assertThat(found.roles()).containsExactlyInAnyOrder(StaffRole.EDITOR, StaffRole.PUBLISHER);
        assertThat(accounts.findAll()).extracting(StaffAccount::username).contains("admin", "erika.muster");
    }

    @Test
    void storesOnlyADelegatingBcryptHash() {
        accounts.create("hash.test", "geheimes-passwort-1", "Hash Test", null, Set.of());
        String hash = storedHash("hash.test");

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("geheimes-passwort-1");
        assertThat(passwordEncoder.matches("geheimes-passwort-1", hash)).isTrue();
    }

    @Test
    void changesThePassword() {
        accounts.create("wechsel", "altes-passwort-123", "Wechsel", null, Set.of(StaffRole.CLERK));
        accounts.changePassword("Wechsel", "neues-passwort-456");

        assertThat(passwordEncoder.matches("neues-passwort-456", storedHash("wechsel"))).isTrue();
        assertThat(passwordEncoder.matches("altes-passwort-123", storedHash("wechsel"))).isFalse();
    }

    @Test
    void setsRolesAndEnabledFlag() {
        accounts.create("rollen", "rollen-passwort-1", "Rollen", null, Set.of(StaffRole.EDITOR));
        accounts.setRoles("rollen", Set.of(StaffRole.CLERK, StaffRole.ADMIN));
        assertThat(accounts.find("rollen").orElseThrow().roles())
                .containsExactlyInAnyOrder(StaffRole.CLERK, StaffRole.ADMIN);

        accounts.setRoles("rollen", Set.of());
        assertThat(accounts.find("rollen").orElseThrow().roles()).isEmpty();

        accounts.setEnabled("rollen", false);
        assertThat(accounts.find("rollen").orElseThrow().enabled()).isFalse();
        accounts.setEnabled("rollen", true);
        assertThat(accounts.find("rollen").orElseThrow().enabled()).isTrue();
    }

    @Test
    void refusesDuplicateUsernamesIgnoringCase() {
        accounts.create("doppelt", "doppelt-passwort-1", "Doppelt", null, Set.of());
        assertThatThrownBy(() -> accounts.create("DOPPELT", "doppelt-passwort-2", "Doppelt 2", null, Set.of()))
                .isInstanceOfSatisfying(StaffAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_USERNAME))
                .hasMessageContaining("bereits vergeben");
    }

    @Test
    void validatesInput() {
        assertReason(() -> accounts.create("a", "passwort-lang-genug", "A", null, Set.of()), Reason.INVALID_USERNAME);
        assertReason(() -> accounts.create("mit leerzeichen", "passwort-lang-genug", "A", null, Set.of()),
                Reason.INVALID_USERNAME);
        assertReason(() -> accounts.create("<script>", "passwort-lang-genug", "A", null, Set.of()),
                Reason.INVALID_USERNAME);
        assertReason(() -> accounts.create("kurz", "zu-kurz", "Kurz", null, Set.of()), Reason.INVALID_PASSWORD);
        assertReason(() -> accounts.create("lang", "ä".repeat(37), "Lang", null, Set.of()), Reason.INVALID_PASSWORD);
        assertReason(() -> accounts.create("ohne.name", "passwort-lang-genug", " ", null, Set.of()),
                Reason.INVALID_DISPLAY_NAME);
        assertReason(() -> accounts.create("mail", "passwort-lang-genug", "Mail", "keine-adresse", Set.of()),
                Reason.INVALID_EMAIL);
        assertReason(() -> accounts.changePassword("gibt-es-nicht", "passwort-lang-genug"), Reason.NOT_FOUND);
        assertReason(() -> accounts.setEnabled("gibt-es-nicht", false), Reason.NOT_FOUND);
        assertThat(accounts.find("a")).isEmpty();
    }

    @Test
    void theLastEnabledAdminCanNeitherBeDisabledNorDemoted() {
        // The bootstrap admin is the only administrator of this database.
        assertReason(() -> accounts.setEnabled("admin", false), Reason.LAST_ADMIN);
        assertReason(() -> accounts.setRoles("admin", Set.of(StaffRole.EDITOR)), Reason.LAST_ADMIN);
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly(StaffRole.ADMIN);

        accounts.create("zweiter.admin", "zweites-admin-passwort", "Zweiter Admin", null, Set.of(StaffRole.ADMIN));
        accounts.setEnabled("zweiter.admin", false);
        // A disabled second admin does not count either.
        assertReason(() -> accounts.setEnabled("admin", false), Reason.LAST_ADMIN);

        accounts.setEnabled("zweiter.admin", true);
        accounts.setRoles("zweiter.admin", Set.of(StaffRole.EDITOR));
        assertThat(accounts.find("zweiter.admin").orElseThrow().roles()).containsExactly(StaffRole.EDITOR);
    }

    @Test
    void bootstrapCreatedTheAdminWithTheConfiguredPassword() {
        assertThat(accounts.adminExists()).isTrue();
        assertThat(passwordEncoder.matches(ADMIN_PASSWORD, storedHash("admin"))).isTrue();
    }

    private String storedHash(String username) {
        return jdbc.sql("SELECT password_hash FROM staff_account WHERE username = :u")
                .param("u", username).query(String.class).single();
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StaffAccountException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
