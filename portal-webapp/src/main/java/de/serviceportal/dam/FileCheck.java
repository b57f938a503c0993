package de.serviceportal.dam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides by a file's content (its magic bytes, for office documents the content type recorded inside the zip)
 * what it is, and whether the name says the same. Browsers' declared types and bare names are never trusted: a
 * script renamed to {@code foto.jpg} is refused, and so is a real PNG named {@code bericht.pdf}.
 */
final class FileCheck {

    /** What a file turned out to be, with the pixel size of images (0 when unknown); or why it is refused. */
    record Result(FileKind kind, int width, int height, String error) {
        boolean ok() {
            return error == null;
        }

        static Result refused(String error) {
            return new Result(null, 0, 0, error);
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType=\"([^\"]+)\"");
    /** The main part of each Office Open XML document type, as [Content_Types].xml names it. */
    private static final java.util.Map<String, FileKind> OOXML_MAIN = java.util.Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileKind.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileKind.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileKind.PPTX);
    /** Zip entries read at most before giving up (a zip bomb must not keep the portal busy). */
    private static final int MAX_ZIP_ENTRIES = 5000;
    private static final int MAX_ENTRY_BYTES = 512 * 1024;
    private static final Set<String> SVG_NAMES = Set.of("svg", "svgz");

    private FileCheck() {
    }

    static Result check(String fileName, byte[] content, long maxBytes) {
        if (content.length == 0) {
            return Result.refused("Die Datei ist leer.");
        }
        if (content.length > maxBytes) {
            return Result.refused("Die Datei ist " + Sizes.human(content.length) + " groß; erlaubt sind höchstens "
                    + Sizes.human(maxBytes) + ".");
        }
        FileKind kind = sniff(content);
        if (kind == null) {
            if (isSvg(fileName, content)) {
                return Result.refused("SVG-Grafiken können nicht hochgeladen werden, weil sie Skripte enthalten "
                        + "können. Bitte speichern Sie die Grafik als PNG und laden Sie diese hoch.");
            }
            return Result.refused("Dateien dieser Art können nicht hochgeladen werden. Erlaubt sind " + FileKind.ALLOWED
                    + ".");
        }
        if (!kind.matchesName(fileName)) {
            String extension = FileKind.extensionOf(fileName);
            return Result.refused("Der Dateiname passt nicht zum Inhalt: Die Datei ist ein " + kind.label()
                    + (extension.isEmpty() ? ", hat aber keine Endung" : ", endet aber auf „." + extension + "“")
                    + ". Bitte benennen Sie sie mit der Endung „." + kind.extension() + "“.");
        }
        if (kind.image()) {
            int[] size = ImageSize.of(kind, content);
            if (size == null) {
                return Result.refused("Das Bild ist beschädigt oder unvollständig und kann nicht gelesen werden.");
            }
            return new Result(kind, size[0], size[1], null);
        }
        return new Result(kind, 0, 0, null);
    }

    /** The kind the bytes are, or null if none of the accepted kinds. */
    static FileKind sniff(byte[] b) {
        if (startsWith(b, 0, (byte) 0xff, (byte) 0xd8, (byte) 0xff)) {
            return FileKind.JPEG;
        }
        if (startsWith(b, 0, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return FileKind.GIF;
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return FileKind.WEBP;
        }
        if (startsWith(b, 0, ascii("%PDF-"))) {
            return FileKind.PDF;
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return null;
    }

    /**
     * An Office Open XML document names its main part in {@code [Content_Types].xml}; an OpenDocument file starts
     * with an uncompressed {@code mimetype} entry. Any other zip (and macro-enabled documents) is refused.
     */
    private static FileKind office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int count = 0; count < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; count++) {
                if (count == 0 && "mimetype".equals(entry.getName())) {
                    String type = new String(read(zip), StandardCharsets.US_ASCII).trim();
                    return FileKind.ODT.mimeType().equals(type) ? FileKind.ODT
                            : FileKind.ODS.mimeType().equals(type) ? FileKind.ODS : null;
                }
                if ("[Content_Types].xml".equals(entry.getName())) {
                    Matcher types = CONTENT_TYPE.matcher(new String(read(zip), StandardCharsets.UTF_8));
                    while (types.find()) {
                        FileKind kind = OOXML_MAIN.get(types.group(1).toLowerCase(Locale.ROOT));
                        if (kind != null) {
                            return kind;
                        }
                    }
                    return null;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null; // not a readable zip
        }
        return null;
    }

    private static byte[] read(ZipInputStream zip) throws IOException {
        return zip.readNBytes(MAX_ENTRY_BYTES);
    }

    private static boolean isSvg(String fileName, byte[] content) {
        if (SVG_NAMES.contains(FileKind.extensionOf(fileName))) {
            return true;
        }
        String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return start.contains("<svg");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return startsWith(content, offset, bytes);
    }

    private static boolean startsWith(byte[] content, int offset, byte... prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
