package de.serviceportal.dam;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Scales JPEG, PNG and GIF images down to a width with ImageIO, keeping the aspect ratio and the format. Images
 * whose pixel count would not fit comfortably in memory are left alone (the caller then serves the original).
 */
final class ImageScaler {

    /** 40 megapixels: about 160 MB decoded; larger originals are delivered as they are. */
    private static final long MAX_PIXELS = 40_000_000L;

    static {
        ImageIO.setUseCache(false); // no temporary files on the node's disk
    }

    private ImageScaler() {
    }

    /** The image scaled to {@code width} (smaller than the original's), or null if it cannot be scaled. */
    static byte[] scale(byte[] original, String mimeType, int width) throws IOException {
        String format = switch (mimeType) {
            case "image/jpeg" -> "jpeg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            default -> null;
        };
        if (format == null || !fits(original)) {
            return null;
        }
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(original));
        if (source == null || width >= source.getWidth()) {
            return null;
        }
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        boolean alpha = source.getColorModel().hasAlpha() && !"jpeg".equals(format);
        BufferedImage current = source;
        // halve in steps first: one big bilinear step loses detail
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2,
                    Math.max(1, current.getHeight() / 2), alpha);
        }
        BufferedImage target = draw(current, width, height, alpha);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(target, format, out)) {
            return null;
        }
        return out.toByteArray();
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static boolean fits(byte[] original) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            if (in == null) {
                return false;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        }
    }
}
