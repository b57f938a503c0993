package de.serviceportal.modules;

import java.util.Optional;

/** The kinds of definitions a light module registers, by the folder they live in. */
public enum DefinitionType {
    TEMPLATE("templates"),
    DIALOG("dialogs"),
    CONTENT_TYPE("contentTypes"),
    APP("apps"),
    SITE("sites"),
    REST_ENDPOINT("restEndpoints");

    private final String folder;

    DefinitionType(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    /** The type of a module path like {@code templates/pages/home.yaml}, if it is a definition at all. */
    static Optional<DefinitionType> ofPath(String path) {
        int slash = path.indexOf('/');
        if (slash < 0 || !isYaml(path)) {
            return Optional.empty();
        }
        return ofFolder(path.substring(0, slash));
    }

    static Optional<DefinitionType> ofFolder(String folder) {
        for (DefinitionType type : values()) {
            if (type.folder.equals(folder)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** {@code <module>:<path below the type folder without extension>}. */
    static String idOf(String module, String path) {
        String below = path.substring(path.indexOf('/') + 1);
        return module + ":" + below.substring(0, below.lastIndexOf('.'));
    }

    static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
