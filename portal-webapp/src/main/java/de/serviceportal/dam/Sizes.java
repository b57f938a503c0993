package de.serviceportal.dam;

import java.util.Locale;

/** File sizes as editors read them: "120 KB", "1,4 MB". */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(",0 MB", " MB");
    }
}
