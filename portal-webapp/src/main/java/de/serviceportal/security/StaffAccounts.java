package de.serviceportal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.serviceportal.security.StaffAccountException.Reason;

/**
 * Creates, reads and changes staff accounts (table {@code staff_account}, roles in
 * {@code staff_account_role}). The only class that touches these tables.
 *
 * <p>Usernames are normalised (trimmed, lower case) on every call, so "Admin" and "admin" are the same
 * account. Rule violations raise {@link StaffAccountException} with a German message.
 *
 * <p>Guard: the last enabled administrator can neither be disabled nor lose the ADMIN role, so the
 * portal never locks its administrators out through this API.
 */
@Service
@Transactional
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private static final String ACCOUNT_COLUMNS =
            "id, username, display_name, email, enabled, created_at";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules passwordRules;
    private final Clock clock = Clock.systemUTC();

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordRules passwordRules) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordRules = passwordRules;
    }

    /**
     * Creates an enabled account.
     *
     * @param email may be {@code null} or blank
     * @throws StaffAccountException if the username is taken or a value is invalid
     */
    public StaffAccount create(String username, String rawPassword, String displayName, String email,
            Set<StaffRole> roles) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffAccountException(Reason.INVALID_USERNAME,
                    "Der Benutzername muss 2 bis 64 Zeichen lang sein und darf nur Kleinbuchstaben a–z, "
                            + "Ziffern sowie . _ - enthalten.");
        }
        String display = checkDisplayName(displayName);
        String mail = checkEmail(email);
        passwordRules.check(rawPassword);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO staff_account (username, password_hash, display_name, email, enabled, created_at)
                    VALUES (:username, :hash, :display, :email, TRUE, :created)""")
                    .param("username", name)
                    .param("hash", passwordEncoder.encode(rawPassword))
                    .param("display", display)
                    .param("email", mail)
                    .param("created", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new StaffAccountException(Reason.DUPLICATE_USERNAME,
                    "Der Benutzername „" + name + "“ ist bereits vergeben.");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        insertRoles(id, roles);
        return new StaffAccount(id, name, display, mail, true, now, roles);
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM staff_account WHERE username = :username")
                .param("username", normalise(username))
                .query(StaffAccounts::mapAccountRow)
                .optional()
                .map(row -> row.withRoles(rolesOf(row.id())));
    }

    /** All accounts, ordered by username. */
    @Transactional(readOnly = true)
    public List<StaffAccount> findAll() {
        Map<Long, Set<StaffRole>> roles = new HashMap<>();
        jdbc.sql("SELECT account_id, role FROM staff_account_role")
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(StaffRole.class))
                            .add(StaffRole.valueOf(rs.getString(2)));
                });
        List<StaffAccount> result = new ArrayList<>();
        for (AccountRow row : jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM staff_account ORDER BY username")
                .query(StaffAccounts::mapAccountRow).list()) {
            result.add(row.withRoles(roles.getOrDefault(row.id(), Set.of())));
        }
        return result;
    }

    /** Whether any account holds the ADMIN role (enabled or not). */
    @Transactional(readOnly = true)
    public boolean adminExists() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account_role WHERE role = 'ADMIN'")
                .query(Long.class).single() > 0;
    }

    public void changePassword(String username, String newRawPassword) {
        passwordRules.check(newRawPassword);
        int changed = jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :username")
                .param("hash", passwordEncoder.encode(newRawPassword))
                .param("username", normalise(username))
                .update();
        if (changed == 0) {
            throw notFound(username);
        }
    }

    /** Replaces the account's roles with {@code roles} (may be empty). */
    public void setRoles(String username, Set<StaffRole> roles) {
        StaffAccount account = find(username).orElseThrow(() -> notFound(username));
        if (account.enabled() && account.hasRole(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN)) {
            requireAnotherEnabledAdmin(account.id());
        }
        jdbc.sql("DELETE FROM staff_account_role WHERE account_id = :id").param("id", account.id()).update();
        insertRoles(account.id(), roles);
    }

    public void setEnabled(String username, boolean enabled) {
        StaffAccount account = find(username).orElseThrow(() -> notFound(username));
        if (!enabled && account.enabled() && account.hasRole(StaffRole.ADMIN)) {
            requireAnotherEnabledAdmin(account.id());
        }
        jdbc.sql("UPDATE staff_account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", account.id())
                .update();
    }

    /** What the login needs; package-private so the hash never leaves this package. */
    @Transactional(readOnly = true)
    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT id, username, password_hash, enabled FROM staff_account WHERE username = :username")
                .param("username", normalise(username))
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), Set.of()))
                .optional()
                .map(c -> new Credentials(c.id(), c.username(), c.passwordHash(), c.enabled(), rolesOf(c.id())));
    }

    record Credentials(long id, String username, String passwordHash, boolean enabled, Set<StaffRole> roles) {
    }

    /** Same normalisation as for stored names; also used for the login lock bookkeeping. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private void requireAnotherEnabledAdmin(long accountId) {
        long others = jdbc.sql("""
                SELECT COUNT(*) FROM staff_account a
                JOIN staff_account_role r ON r.account_id = a.id
                WHERE r.role = 'ADMIN' AND a.enabled = TRUE AND a.id <> :id""")
                .param("id", accountId)
                .query(Long.class).single();
        if (others == 0) {
            throw new StaffAccountException(Reason.LAST_ADMIN,
                    "Das letzte aktive Administratorkonto kann weder deaktiviert werden noch die Rolle "
                            + "Administration verlieren.");
        }
    }

    private void insertRoles(long accountId, Set<StaffRole> roles) {
        for (StaffRole role : Set.copyOf(roles)) {
            jdbc.sql("INSERT INTO staff_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", accountId)
                    .param("role", role.name())
                    .update();
        }
    }

    private Set<StaffRole> rolesOf(long accountId) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        jdbc.sql("SELECT role FROM staff_account_role WHERE account_id = :id")
                .param("id", accountId)
                .query(String.class).list()
                .forEach(r -> roles.add(StaffRole.valueOf(r)));
        return roles;
    }

    private static String checkDisplayName(String displayName) {
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 200) {
            throw new StaffAccountException(Reason.INVALID_DISPLAY_NAME,
                    "Der Anzeigename ist erforderlich und darf höchstens 200 Zeichen lang sein.");
        }
        return display;
    }

    private static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String mail = email.strip();
        if (mail.length() > 320 || !EMAIL.matcher(mail).matches()) {
            throw new StaffAccountException(Reason.INVALID_EMAIL,
                    "Die E-Mail-Adresse „" + mail + "“ ist ungültig.");
        }
        return mail;
    }

    private static StaffAccountException notFound(String username) {
        return new StaffAccountException(Reason.NOT_FOUND,
                "Es gibt kein Mitarbeiterkonto „" + normalise(username) + "“.");
    }

    private static AccountRow mapAccountRow(ResultSet rs, int rowNum) throws SQLException {
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private record AccountRow(long id, String username, String displayName, String email, boolean enabled,
            Instant createdAt) {

        StaffAccount withRoles(Set<StaffRole> roles) {
            return new StaffAccount(id, username, displayName, email, enabled, createdAt, roles);
        }
    }
}
