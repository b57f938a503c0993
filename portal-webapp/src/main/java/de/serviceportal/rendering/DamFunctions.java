package de.serviceportal.rendering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.serviceportal.dam.Renditions;
import de.serviceportal.repository.Workspaces;

/** {@code damfn}: assets by item key ({@code jcr:<uuid>}). */
public final class DamFunctions {

    private final CmsFunctions cmsfn;

    DamFunctions(CmsFunctions cmsfn) {
        this.cmsfn = cmsfn;
    }

    /** The asset's metadata and link, or null if there is no such asset. */
    public Map<String, Object> getAsset(String itemKey) throws RepositoryException {
        Node asset = cmsfn.contentById(itemKey, Workspaces.DAM);
        if (asset == null || !asset.isNodeType("mgnl:asset")) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("itemKey", "jcr:" + asset.getIdentifier());
        map.put("name", asset.getName());
        map.put("link", Links.assetLink(asset));
        for (String key : new String[] {"title", "description", "alt", "caption", "copyright"}) {
            map.put(key, string(asset, key));
        }
        if (map.get("alt") == null) {
            map.put("alt", string(asset, "alternativeText"));
        }
        if (asset.hasNode("jcr:content")) {
            Node resource = asset.getNode("jcr:content");
            map.put("fileName", string(resource, "fileName"));
            map.put("extension", string(resource, "extension"));
            map.put("mimeType", string(resource, "jcr:mimeType"));
            map.put("size", number(resource, "size", resource.hasProperty("jcr:data")
                    ? resource.getProperty("jcr:data").getLength() : 0));
            map.put("width", number(resource, "width", 0));
            map.put("height", number(resource, "height", 0));
        }
        RenderContext context = RenderContext.currentOrNull();
        if (context != null) {
            // the theme's image sizes for srcset, smallest first (empty for documents and unscalable images)
            map.put("renditions", Renditions.sizes(context.definitions(), theme(context), asset));
        }
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }

    public String getAssetLink(String itemKey) throws RepositoryException {
        Node asset = cmsfn.contentById(itemKey, Workspaces.DAM);
        return asset == null ? null : Links.assetLink(asset);
    }

    /**
     * The link of a rendition (an imaging variation of the site's theme) of the asset; the original's link when
     * the theme has no such variation or the file cannot be scaled; null if there is no such asset.
     */
    public String getRendition(String itemKey, String renditionName) throws RepositoryException {
        Node asset = cmsfn.contentById(itemKey, Workspaces.DAM);
        if (asset == null || !asset.isNodeType("mgnl:asset")) {
            return null;
        }
        RenderContext context = RenderContext.currentOrNull();
        Optional<Renditions.Variation> variation = context == null ? Optional.empty()
                : Renditions.find(context.definitions(), theme(context), renditionName);
        return variation.isPresent() ? Renditions.link(variation.get(), asset) : Links.assetLink(asset);
    }

    private static String theme(RenderContext context) {
        return Renditions.themeOf(context.site().properties());
    }

    private static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }

    private static long number(Node node, String property, long fallback) throws RepositoryException {
        if (!node.hasProperty(property)) {
            return fallback;
        }
        try {
            return node.getProperty(property).getLong();
        } catch (javax.jcr.ValueFormatException e) {
            return fallback;
        }
    }
}
