package de.serviceportal.dam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * The file of an asset as its {@code jcr:content} resource describes it. {@code version} changes whenever the file
 * is replaced, for ETags and cache keys.
 */
record AssetFile(String identifier, String fileName, String mimeType, long size, long width, long height,
        long modified) {

    static AssetFile of(Node asset) throws RepositoryException {
        String fileName = asset.getName();
        String mimeType = null;
        long size = 0;
        long width = 0;
        long height = 0;
        long modified = asset.hasProperty("mgnl:lastModified")
                ? asset.getProperty("mgnl:lastModified").getDate().getTimeInMillis() : 0L;
        if (asset.hasNode("jcr:content")) {
            Node resource = asset.getNode("jcr:content");
            fileName = resource.hasProperty("fileName") ? resource.getProperty("fileName").getString() : fileName;
            mimeType = resource.hasProperty("jcr:mimeType") ? resource.getProperty("jcr:mimeType").getString() : null;
            size = resource.hasProperty("jcr:data") ? resource.getProperty("jcr:data").getLength() : 0;
            width = number(resource, "width");
            height = number(resource, "height");
            if (resource.hasProperty("jcr:lastModified")) {
                modified = resource.getProperty("jcr:lastModified").getDate().getTimeInMillis();
            }
        }
        return new AssetFile(asset.getIdentifier(), fileName, mimeType, size, width, height, modified);
    }

    /** Changes when the file changes (replaced files get a new modification time and usually a new size). */
    String version() {
        return Long.toHexString(modified) + "-" + Long.toHexString(size);
    }

    /** The original's URL, {@code /dam/jcr:<uuid>/<file name>}. */
    String link() {
        return "/dam/jcr:" + identifier + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long number(Node node, String property) throws RepositoryException {
        try {
            return node.hasProperty(property) ? node.getProperty(property).getLong() : 0;
        } catch (javax.jcr.ValueFormatException e) {
            return 0;
        }
    }
}
