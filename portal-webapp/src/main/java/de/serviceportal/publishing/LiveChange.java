package de.serviceportal.publishing;

/**
 * One content item whose live copy changed: published ({@code oldPath} null if it was not live before), moved
 * or changed, or unpublished ({@code newPath} null). Paths are repository paths such as
 * {@code /website/merseburg/aktuelles}.
 */
public record LiveChange(String identifier, String oldPath, String newPath) {
}
