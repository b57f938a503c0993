/**
 * Staff accounts and Spring Security for the portal.
 *
 * <p>Public API for other features: {@link de.serviceportal.security.StaffAccounts} (manage accounts),
 * {@link de.serviceportal.security.StaffRole}, {@link de.serviceportal.security.StaffAccount},
 * {@link de.serviceportal.security.LoginAttempts} (inspect/lift login locks). Everything else in this
 * package is wiring and stays package-private.
 */
package de.serviceportal.security;
