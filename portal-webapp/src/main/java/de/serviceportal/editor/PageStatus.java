package de.serviceportal.editor;

/** Where a page stands between draft and live, as Magnolia's red/yellow/green dot, but in words. */
enum PageStatus {
    NEW("nicht veröffentlicht"), MODIFIED("geändert seit Veröffentlichung"), PUBLISHED("veröffentlicht");

    private final String label;

    PageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
