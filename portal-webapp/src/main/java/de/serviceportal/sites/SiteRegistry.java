package de.serviceportal.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.serviceportal.modules.Definition;
import de.serviceportal.modules.DefinitionType;
import de.serviceportal.modules.Definitions;
import de.serviceportal.modules.LightModuleRegistry;

/** The sites of the light modules, and which one serves a request or owns a page. */
@Component
public class SiteRegistry {

    private final LightModuleRegistry modules;
    private volatile Snapshot snapshot;

    private record Snapshot(long generation, List<Site> sites) {
    }

    SiteRegistry(LightModuleRegistry modules) {
        this.modules = modules;
    }

    public List<Site> sites() {
        Definitions definitions = modules.current();
        Snapshot current = snapshot;
        if (current == null || current.generation() != definitions.generation()) {
            current = new Snapshot(definitions.generation(), read(definitions));
            snapshot = current;
        }
        return current.sites();
    }

    /** The site that answers a request for {@code host} and {@code path}, with the path relative to the site. */
    public Optional<SiteRequest> resolve(String host, String path) {
        List<Site> sites = sites();
        String hostName = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        for (Site site : sites) {
            if (site.domains().contains(hostName)) {
                return Optional.of(new SiteRequest(site, path, true));
            }
        }
        return sites.stream()
                .filter(site -> matchesPrefix(site.prefix(), path))
                .max(Comparator.comparingInt(site -> site.prefix().length()))
                .map(site -> new SiteRequest(site, "/".equals(site.prefix()) ? path
                        : path.substring(site.prefix().length()), false));
    }

    /** The site whose root holds a website page, the deepest root winning. */
    public Optional<Site> owning(String workspacePath) {
        return sites().stream()
                .filter(site -> site.contains(workspacePath))
                .max(Comparator.comparingInt(site -> site.root().length()));
    }

    public Optional<Site> byName(String name) {
        return sites().stream().filter(site -> site.name().equals(name)).findFirst();
    }

    private static boolean matchesPrefix(String prefix, String path) {
        return "/".equals(prefix) || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** A request mapped to a site; {@code relativePath} is empty or starts with a slash. */
    public record SiteRequest(Site site, String relativePath, boolean byDomain) {
    }

    @SuppressWarnings("unchecked")
    private static List<Site> read(Definitions definitions) {
        List<Site> sites = new ArrayList<>();
        for (Definition definition : definitions.all(DefinitionType.SITE)) {
            Map<String, Object> p = definition.properties();
            String name = definition.name();
            String prefix = normalise(string(p, "prefix", "/" + name));
            String root = normalise(string(p, "root", "/" + name));
            Map<String, Object> locales = definition.map("locales");
            String defaultLanguage = String.valueOf(locales.getOrDefault("default", "de"));
            List<String> languages = new ArrayList<>();
            languages.add(defaultLanguage);
            if (locales.get("available") instanceof List<?> available) {
                available.stream().map(String::valueOf).filter(l -> !languages.contains(l)).forEach(languages::add);
            }
            List<String> domains = p.get("domains") instanceof List<?> list
                    ? list.stream().map(d -> String.valueOf(d).toLowerCase(Locale.ROOT)).toList()
                    : List.of();
            String notFound = p.get("notFoundPage") == null ? null : normalise(String.valueOf(p.get("notFoundPage")));
            Map<String, Object> properties = new java.util.LinkedHashMap<>(p);
            properties.put("name", name);
            properties.putIfAbsent("title", name);
            sites.add(new Site(name, String.valueOf(properties.get("title")), prefix, domains, root,
                    defaultLanguage, List.copyOf(languages), notFound, java.util.Collections.unmodifiableMap(properties)));
        }
        return List.copyOf(sites);
    }

    private static String string(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private static String normalise(String path) {
        String normalised = path.startsWith("/") ? path : "/" + path;
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1) : normalised;
    }
}
