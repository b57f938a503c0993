package de.serviceportal.dam;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import de.serviceportal.modules.Definitions;
import de.serviceportal.modules.ModuleResource;

/**
 * Responsive image sizes ("renditions") as Magnolia's imaging module defines them: a theme definition
 * {@code <module>/themes/<theme>.yaml} lists {@code imaging.variations.<name>.width}. A rendition is generated on
 * demand ({@link RenditionController}) at {@code /.imaging/mte/<theme>/<variation>/dam/jcr:<uuid>/<file>}, scaled
 * to the variation's width with the aspect ratio kept and never larger than the original.
 */
public final class Renditions {

    public static final String DEFAULT_THEME = "portal-theme";
    public static final String PREFIX = "/.imaging/mte/";

    /** One variation of a theme; {@code width} is the largest width it delivers. */
    public record Variation(String theme, String name, int width) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final int MAX_WIDTH = 8000;
    /** Formats ImageIO reads and writes; others (WebP) are always delivered as the original. */
    private static final Set<String> RESIZABLE = Set.of("image/jpeg", "image/png", "image/gif");

    /** Variations of every theme of one definitions snapshot (definitions reload when a file changes). */
    private record Snapshot(Definitions definitions, Map<String, List<Variation>> themes) {
    }

    private static volatile Snapshot snapshot;

    private Renditions() {
    }

    /** The variations of a theme, smallest first; empty if the theme defines none. */
    public static List<Variation> of(Definitions definitions, String theme) {
        return themes(definitions).getOrDefault(theme, List.of());
    }

    /**
     * The variation {@code name} of {@code theme}; with no theme (the delivery API has no site) the first theme
     * that has a variation of that name.
     */
    public static Optional<Variation> find(Definitions definitions, String theme, String name) {
        if (theme != null) {
            return of(definitions, theme).stream().filter(v -> v.name().equals(name)).findFirst();
        }
        return themes(definitions).values().stream().flatMap(List::stream).filter(v -> v.name().equals(name))
                .findFirst();
    }

    /** The theme a site definition names: {@code theme: x} or Magnolia's {@code theme: {name: x}}. */
    public static String themeOf(Map<String, Object> site) {
        Object theme = site == null ? null : site.get("theme");
        if (theme instanceof Map<?, ?> map && map.get("name") != null) {
            return String.valueOf(map.get("name"));
        }
        return theme == null ? DEFAULT_THEME : String.valueOf(theme);
    }

    public static boolean resizable(String mimeType) {
        return mimeType != null && RESIZABLE.contains(mimeType);
    }

    /** The URL of a rendition of the asset with this identifier and file name. */
    public static String link(Variation variation, String identifier, String fileName) {
        return PREFIX + variation.theme() + "/" + variation.name() + "/dam/jcr:" + identifier + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The link of {@code variation} for an asset node: its rendition, or the original if it cannot be resized. */
    public static String link(Variation variation, Node asset) throws RepositoryException {
        AssetFile file = AssetFile.of(asset);
        return resizable(file.mimeType()) ? link(variation, asset.getIdentifier(), file.fileName()) : file.link();
    }

    /**
     * The distinct sizes of an image for {@code srcset}, smallest first: {@code {name, width, link}} per variation,
     * each as wide as the variation allows but never wider than the original (variations that would all be the
     * original appear once). Empty if the asset is no image that can be resized or its width is unknown.
     */
    public static List<Map<String, Object>> sizes(Definitions definitions, String theme, Node asset)
            throws RepositoryException {
        AssetFile file = AssetFile.of(asset);
        List<Map<String, Object>> sizes = new ArrayList<>();
        if (!resizable(file.mimeType()) || file.width() <= 0) {
            return sizes;
        }
        long previous = 0;
        for (Variation variation : of(definitions, theme)) {
            long width = Math.min(variation.width(), file.width());
            if (width <= previous) {
                continue;
            }
            previous = width;
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("name", variation.name());
            size.put("width", width);
            size.put("link", link(variation, asset.getIdentifier(), file.fileName()));
            sizes.add(size);
        }
        return sizes;
    }

    private static Map<String, List<Variation>> themes(Definitions definitions) {
        Snapshot current = snapshot;
        if (current != null && current.definitions() == definitions) {
            return current.themes();
        }
        Map<String, List<Variation>> themes = new LinkedHashMap<>();
        definitions.resources().stream().filter(r -> r.path().matches("themes/[^/]+\\.ya?ml"))
                .sorted(Comparator.comparing(ModuleResource::resourcePath))
                .forEach(resource -> {
                    String name = resource.path().substring("themes/".length()).replaceFirst("\\.ya?ml$", "");
                    themes.putIfAbsent(name, variations(name, resource));
                });
        snapshot = new Snapshot(definitions, Map.copyOf(themes));
        return snapshot.themes();
    }

    private static List<Variation> variations(String theme, ModuleResource resource) {
        Object root;
        try (InputStream in = resource.open()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the definitions app reports unreadable YAML
        }
        List<Variation> variations = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.get("imaging") instanceof Map<?, ?> imaging
                && imaging.get("variations") instanceof Map<?, ?> defined) {
            defined.forEach((name, definition) -> {
                if (definition instanceof Map<?, ?> d && NAME.matcher(String.valueOf(name)).matches()) {
                    int width = number(d.get("width"));
                    if (width > 0 && width <= MAX_WIDTH) {
                        variations.add(new Variation(theme, String.valueOf(name), width));
                    }
                }
            });
        }
        variations.sort(Comparator.comparingInt(Variation::width));
        return List.copyOf(variations);
    }

    private static int number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? -1 : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
