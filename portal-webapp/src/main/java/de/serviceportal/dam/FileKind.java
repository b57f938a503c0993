package de.serviceportal.dam;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of files the assets app accepts, recognised by their content ({@link FileCheck}), never by name or the
 * type a browser declares. SVG is missing on purpose: an SVG file may carry scripts.
 */
enum FileKind {
    JPEG("image/jpeg", "JPEG-Bild", true, List.of("jpg", "jpeg")),
    PNG("image/png", "PNG-Bild", true, List.of("png")),
    GIF("image/gif", "GIF-Bild", true, List.of("gif")),
    WEBP("image/webp", "WebP-Bild", true, List.of("webp")),
    PDF("application/pdf", "PDF-Dokument", false, List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-Dokument", false,
            List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-Tabelle", false,
            List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint-Präsentation",
            false, List.of("pptx")),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument-Text", false, List.of("odt")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-Tabelle", false, List.of("ods"));

    /** What editors are told they may upload. */
    static final String ALLOWED = "JPEG, PNG, GIF, WebP, PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) und "
            + "OpenDocument (ODT, ODS)";

    private final String mimeType;
    private final String label;
    private final boolean image;
    private final List<String> extensions;

    FileKind(String mimeType, String label, boolean image, List<String> extensions) {
        this.mimeType = mimeType;
        this.label = label;
        this.image = image;
        this.extensions = extensions;
    }

    String mimeType() {
        return mimeType;
    }

    String label() {
        return label;
    }

    /** Images need an alternative text before they are saved. */
    boolean image() {
        return image;
    }

    /** The usual extension, e.g. {@code jpg}. */
    String extension() {
        return extensions.get(0);
    }

    boolean matchesName(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    /** Lower-case extension of a file name without the dot, or "" if it has none. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind stored on an asset's resource, by its MIME type; null for anything else. */
    static FileKind ofMimeType(String mimeType) {
        for (FileKind kind : values()) {
            if (kind.mimeType.equals(mimeType)) {
                return kind;
            }
        }
        return null;
    }
}
