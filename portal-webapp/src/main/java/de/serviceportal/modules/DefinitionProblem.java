package de.serviceportal.modules;

/**
 * Something wrong with a light-module file. The file's last good version (if any) stays in use.
 *
 * @param file    resource path, e.g. {@code /portal-theme/templates/pages/home.yaml}
 * @param line    1-based line, or 0 when unknown
 */
public record DefinitionProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
