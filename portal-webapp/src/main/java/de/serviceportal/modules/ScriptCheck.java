package de.serviceportal.modules;

import java.util.Optional;

/** Checks a template script when it changes, so that a broken one never replaces the last good version. */
public interface ScriptCheck {

    /** @return the problem, if the script cannot be used */
    Optional<DefinitionProblem> check(String resourcePath, String source);
}
