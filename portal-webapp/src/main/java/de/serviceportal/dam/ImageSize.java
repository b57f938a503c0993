package de.serviceportal.dam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pixel size of an image from its header, without decoding the pixels (a huge image must not fill the heap
 * just to be measured). WebP, which ImageIO cannot read, is measured from its VP8/VP8L/VP8X header.
 */
final class ImageSize {

    static {
        // ImageIO would otherwise buffer streams in temporary files: nothing of the DAM lives on a node's disk
        ImageIO.setUseCache(false);
    }

    private ImageSize() {
    }

    /** {width, height}, or null if the image cannot be read. */
    static int[] of(FileKind kind, byte[] content) {
        if (kind == FileKind.WEBP) {
            return webp(content);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? new int[] {width, height} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int[] webp(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 " -> {
                // lossy: key frame start code 9d 01 2a, then 14-bit width and height
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return null;
                }
                return size(((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff, ((b[28] & 0xff) | (b[29] & 0xff) << 8)
                        & 0x3fff);
            }
            case "VP8L" -> {
                // lossless: signature 2f, then 14 bits width-1 and 14 bits height-1
                if ((b[20] & 0xff) != 0x2f) {
                    return null;
                }
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
            }
            case "VP8X" -> {
                // extended: 24-bit canvas width-1 and height-1
                return size(1 + ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16),
                        1 + ((b[27] & 0xff) | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16));
            }
            default -> {
                return null;
            }
        }
    }

    private static int[] size(int width, int height) {
        return width > 0 && height > 0 ? new int[] {width, height} : null;
    }
}
