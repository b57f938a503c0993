package de.serviceportal.modules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Definitions} snapshot from module files. Parsed files are cached by version, so a reload only
 * re-reads what changed; a file that fails keeps its last good content and is reported as a problem.
 */
final class DefinitionLoader {

    private static final Pattern MESSAGES = Pattern.compile("i18n/.*?(?:_([a-z]{2}(?:_[A-Z]{2})?))?\\.properties");

    private final List<ScriptCheck> scriptChecks;
    private final Map<String, Parsed> cache = new HashMap<>();

    /** A cached file: its current content (null when broken) and its last good content. */
    private record Parsed(String version, Object content, Object lastGood, DefinitionProblem problem) {
        Object usable() {
            return content != null ? content : lastGood;
        }
    }

    DefinitionLoader(List<ScriptCheck> scriptChecks) {
        this.scriptChecks = scriptChecks;
    }

    Definitions load(long generation, List<ModuleResource> classpath, List<ModuleResource> fileSystem,
            Definitions previous) {
        Map<String, ModuleResource> resources = new TreeMap<>();
        classpath.forEach(resource -> resources.put(resource.resourcePath(), resource));
        fileSystem.forEach(resource -> resources.put(resource.resourcePath(), resource));
        cache.keySet().retainAll(resources.keySet());

        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, String> scripts = new HashMap<>();
        Map<String, Map<String, String>> messages = new HashMap<>();
        for (ModuleResource resource : resources.values()) {
            String path = resource.path();
            if (DefinitionType.isYaml(path)) {
                parsed(resource).ifPresent(p -> addProblem(problems, p.problem()));
            } else if (path.endsWith(".ftl")) {
                Parsed script = parsed(resource).orElseThrow();
                addProblem(problems, script.problem());
                if (script.usable() != null) {
                    scripts.put(resource.resourcePath(), (String) script.usable());
                }
            } else {
                Matcher matcher = MESSAGES.matcher(path);
                if (matcher.matches()) {
                    Parsed bundle = parsed(resource).orElseThrow();
                    addProblem(problems, bundle.problem());
                    if (bundle.usable() instanceof Properties properties) {
                        String language = matcher.group(1) == null ? "de" : matcher.group(1).substring(0, 2);
                        Map<String, String> target = messages.computeIfAbsent(language, l -> new HashMap<>());
                        properties.forEach((key, value) -> target.put(String.valueOf(key), String.valueOf(value)));
                    }
                }
            }
        }

        Resolution resolution = new Resolution(resources, previous, problems);
        Map<DefinitionType, Map<String, Definition>> definitions = resolution.resolveAll();
        return new Definitions(generation, definitions, List.copyOf(problems), Map.copyOf(resources),
                Map.copyOf(scripts), new Definitions.Messages(Map.copyOf(messages), "de"));
    }

    private static void addProblem(List<DefinitionProblem> problems, DefinitionProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private Optional<Parsed> parsed(ModuleResource resource) {
        String key = resource.resourcePath();
        String version = resource.location().version();
        Parsed cached = cache.get(key);
        if (cached != null && cached.version().equals(version)) {
            return Optional.of(cached);
        }
        Object lastGood = cached == null ? null : cached.usable();
        Parsed parsed;
        try {
            parsed = new Parsed(version, read(resource), null, null);
        } catch (FileProblem e) {
            parsed = new Parsed(version, null, lastGood, new DefinitionProblem(key, e.line, e.getMessage()
                    + (lastGood != null ? " — the last good version stays in use" : "")));
        }
        cache.put(key, parsed);
        return Optional.of(parsed);
    }

    private static final class FileProblem extends Exception {
        final int line;

        FileProblem(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private Object read(ModuleResource resource) throws FileProblem {
        String path = resource.path();
        try {
            if (DefinitionType.isYaml(path)) {
                try (var in = resource.open()) {
                    return new YamlReader().read(in);
                }
            }
            if (path.endsWith(".ftl")) {
                String source = new String(resource.bytes(), StandardCharsets.UTF_8);
                for (ScriptCheck check : scriptChecks) {
                    Optional<DefinitionProblem> problem = check.check(resource.resourcePath(), source);
                    if (problem.isPresent()) {
                        throw new FileProblem(problem.get().message(), problem.get().line());
                    }
                }
                return source;
            }
            Properties properties = new Properties();
            try (var in = new InputStreamReader(resource.open(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return properties;
        } catch (YamlReader.YamlProblem e) {
            throw new FileProblem(e.getMessage(), e.line);
        } catch (IOException | IllegalArgumentException e) {
            throw new FileProblem("cannot read: " + e.getMessage(), 0);
        }
    }

    /** Resolves directives and decorations for one snapshot. */
    private final class Resolution implements DirectiveResolver.Targets {
        private final Map<String, ModuleResource> resources;
        private final Definitions previous;
        private final List<DefinitionProblem> problems;
        private final Map<String, Map<String, Object>> resolved = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();
        private final Map<String, ModuleResource> sourceById = new HashMap<>();
        private final List<ModuleResource> decorations;
        private DefinitionType currentType;

        Resolution(Map<String, ModuleResource> resources, Definitions previous, List<DefinitionProblem> problems) {
            this.resources = resources;
            this.previous = previous;
            this.problems = problems;
            this.decorations = resources.values().stream()
                    .filter(r -> r.path().startsWith("decorations/") && DefinitionType.isYaml(r.path()))
                    .sorted(Comparator.comparing(ModuleResource::resourcePath))
                    .toList();
        }

        Map<DefinitionType, Map<String, Definition>> resolveAll() {
            Map<DefinitionType, Map<String, Definition>> all = new EnumMap<>(DefinitionType.class);
            for (DefinitionType type : DefinitionType.values()) {
                currentType = type;
                resolved.clear();
                sourceById.clear();
                for (ModuleResource resource : resources.values()) {
                    if (DefinitionType.ofPath(resource.path()).orElse(null) == type) {
                        sourceById.put(DefinitionType.idOf(resource.module(), resource.path()), resource);
                    }
                }
                Map<String, Definition> ofType = new TreeMap<>();
                for (Map.Entry<String, ModuleResource> entry : sourceById.entrySet()) {
                    Parsed parsed = cache.get(entry.getValue().resourcePath());
                    if (parsed == null || parsed.usable() == null) {
                        continue; // unreadable and never good: its parse problem is already reported
                    }
                    definition(entry.getKey(), entry.getValue()).ifPresent(d -> ofType.put(d.id(), d));
                }
                all.put(type, Map.copyOf(ofType));
            }
            return all;
        }

        private Optional<Definition> definition(String id, ModuleResource source) {
            try {
                Map<String, Object> properties = decorate(id, inherit(id));
                @SuppressWarnings("unchecked")
                Map<String, Object> finished = (Map<String, Object>) DirectiveResolver.finish(properties);
                return Optional.of(new Definition(id, currentType, source, finished));
            } catch (DirectiveResolver.ResolutionException e) {
                DefinitionProblem problem = new DefinitionProblem(source.resourcePath(), e.line, e.getMessage());
                Optional<Definition> lastGood = previous == null ? Optional.empty() : previous.get(currentType, id);
                problems.add(lastGood.isPresent()
                        ? new DefinitionProblem(problem.file(), problem.line(),
                                problem.message() + " — the last good version stays in use")
                        : problem);
                return lastGood;
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> inherit(String id) {
            Map<String, Object> done = resolved.get(id);
            if (done != null) {
                return done;
            }
            ModuleResource source = sourceById.get(id);
            if (source == null) {
                throw new DirectiveResolver.ResolutionException("!inherit: no " + currentType.folder()
                        + " definition with id '" + id + "'", 0);
            }
            if (!resolving.add(id)) {
                throw new DirectiveResolver.ResolutionException("!inherit: cycle through '" + id + "'", 0);
            }
            try {
                Object raw = raw(source);
                Object value = new DirectiveResolver(this).resolve(raw == null ? Map.of() : raw);
                if (!(value instanceof Map<?, ?>)) {
                    throw new DirectiveResolver.ResolutionException("a definition must be a mapping", 1);
                }
                Map<String, Object> definition = (Map<String, Object>) value;
                if (currentType == DefinitionType.TEMPLATE && !declaresScript(raw)) {
                    // The script beside the YAML wins over an inherited one; without either, the beside path stays
                    // so that the problem names the file a developer would expect.
                    String beside = besideScript(source);
                    if (resources.containsKey(beside) || !definition.containsKey("templateScript")) {
                        definition = new LinkedHashMap<>(definition);
                        definition.put("templateScript", beside);
                    }
                }
                resolved.put(id, definition);
                return definition;
            } finally {
                resolving.remove(id);
            }
        }

        @Override
        public Object include(String resourcePath) {
            ModuleResource resource = resources.get(resourcePath.startsWith("/") ? resourcePath : "/" + resourcePath);
            if (resource == null || !DefinitionType.isYaml(resource.path())) {
                throw new DirectiveResolver.ResolutionException("!include: no YAML file at '" + resourcePath + "'", 0);
            }
            if (!resolving.add(resourcePath)) {
                throw new DirectiveResolver.ResolutionException("!include: cycle through '" + resourcePath + "'", 0);
            }
            try {
                Object raw = raw(resource);
                return raw == null ? Map.of() : new DirectiveResolver(this).resolve(raw);
            } finally {
                resolving.remove(resourcePath);
            }
        }

        private static boolean declaresScript(Object raw) {
            Object own = raw instanceof Directive.Inherit inherit ? inherit.overrides() : raw;
            return own instanceof Map<?, ?> map && map.containsKey("templateScript");
        }

        private static String besideScript(ModuleResource source) {
            String path = source.path();
            return "/" + source.module() + "/" + path.substring(0, path.lastIndexOf('.')) + ".ftl";
        }

        private Object raw(ModuleResource resource) {
            Parsed parsed = cache.get(resource.resourcePath());
            if (parsed == null || parsed.usable() == null) {
                throw new DirectiveResolver.ResolutionException("'" + resource.resourcePath()
                        + "' could not be read", 0);
            }
            return parsed.usable();
        }

        /** {@code decorations/<target module>/<type folder>/<dir>/<name>[.<property.path>].yaml}. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> decorate(String id, Map<String, Object> properties) {
            Map<String, Object> decorated = properties;
            for (ModuleResource decoration : decorations) {
                String[] parts = decoration.path().split("/", 4);
                if (parts.length < 4 || DefinitionType.ofFolder(parts[2]).orElse(null) != currentType) {
                    continue;
                }
                String rest = parts[3].substring(0, parts[3].lastIndexOf('.'));
                int slash = rest.lastIndexOf('/');
                String fileName = rest.substring(slash + 1);
                int dot = fileName.indexOf('.');
                String name = (slash < 0 ? "" : rest.substring(0, slash + 1)) + (dot < 0 ? fileName : fileName.substring(0, dot));
                if (!id.equals(parts[1] + ":" + name)) {
                    continue;
                }
                try {
                    Object overlay = new DirectiveResolver(this).resolve(raw(decoration));
                    decorated = Merge.at(decorated, dot < 0 ? "" : fileName.substring(dot + 1), overlay);
                } catch (DirectiveResolver.ResolutionException e) {
                    problems.add(new DefinitionProblem(decoration.resourcePath(), e.line, e.getMessage()));
                }
            }
            return decorated;
        }
    }
}
