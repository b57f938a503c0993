package de.serviceportal.authoring;

/** A problem with one dialog field; {@code field} is the property name, prefixed by the child path if nested. */
public record FieldError(String field, String message) {
}
