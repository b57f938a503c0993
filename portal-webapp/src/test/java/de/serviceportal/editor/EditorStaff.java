package de.serviceportal.editor;

import java.util.Set;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.PortalHttp;

/** Staff accounts of the editor tests, one per prefix and role, created on first use and logged in. */
final class EditorStaff {

    private EditorStaff() {
    }

    /** A logged-in client of the account {@code <prefix>-<role>} (password {@link PagesAppTest#PASSWORD}). */
    static PortalHttp as(int port, StaffAccounts accounts, String prefix, StaffRole role) {
        String name = prefix + "-" + role.name().toLowerCase();
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, PagesAppTest.PASSWORD, prefix + " " + role, null, Set.of(role));
        }
        return new PortalHttp(port).loggedIn(name, PagesAppTest.PASSWORD);
    }
}
