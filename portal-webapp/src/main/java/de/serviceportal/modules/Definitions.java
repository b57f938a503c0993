package de.serviceportal.modules;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of everything the light modules define. A new snapshot replaces this one when a file
 * changes; requests keep the snapshot they started with.
 */
public final class Definitions {

    private final long generation;
    private final Map<DefinitionType, Map<String, Definition>> definitions;
    private final List<DefinitionProblem> problems;
    private final Map<String, ModuleResource> resources;
    private final Map<String, String> scripts;
    private final Messages messages;

    Definitions(long generation, Map<DefinitionType, Map<String, Definition>> definitions,
            List<DefinitionProblem> problems, Map<String, ModuleResource> resources, Map<String, String> scripts,
            Messages messages) {
        this.generation = generation;
        this.definitions = definitions;
        this.problems = problems;
        this.resources = resources;
        this.scripts = scripts;
        this.messages = messages;
    }

    /** Increases with every reload; lets caches tell snapshots apart. */
    public long generation() {
        return generation;
    }

    public Optional<Definition> get(DefinitionType type, String id) {
        return Optional.ofNullable(definitions.getOrDefault(type, Map.of()).get(id));
    }

    public Collection<Definition> all(DefinitionType type) {
        return definitions.getOrDefault(type, Map.of()).values();
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    /** A module file by resource path ({@code /module/path}); the file system wins over the classpath. */
    public Optional<ModuleResource> resource(String resourcePath) {
        return Optional.ofNullable(resources.get(resourcePath));
    }

    public Collection<ModuleResource> resources() {
        return resources.values();
    }

    /** The last good text of a template script. */
    public Optional<String> script(String resourcePath) {
        return Optional.ofNullable(scripts.get(resourcePath));
    }

    public Set<String> modules() {
        return new java.util.TreeSet<>(resources.values().stream().map(ModuleResource::module).toList());
    }

    public Messages messages() {
        return messages;
    }

    /** i18n messages of all modules, by language; German is the portal's default. */
    public record Messages(Map<String, Map<String, String>> byLanguage, String defaultLanguage) {

        public Optional<String> find(String key, Locale locale) {
            String value = byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(key);
            if (value == null) {
                value = byLanguage.getOrDefault(defaultLanguage, Map.of()).get(key);
            }
            return Optional.ofNullable(value);
        }

        public String get(String key, Locale locale) {
            return find(key, locale).orElse(key);
        }
    }
}
