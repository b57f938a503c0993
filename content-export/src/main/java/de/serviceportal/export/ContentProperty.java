package de.serviceportal.export;

import java.util.List;

/**
 * One property of a {@link ContentNode}.
 *
 * @param type     a {@link javax.jcr.PropertyType} constant
 * @param values   values in their JCR string form (dates ISO 8601, binaries Base64 without line breaks)
 * @param line     one-based source line, 0 when unknown
 */
record ContentProperty(String name, int type, boolean multiple, List<String> values, int line) {

    ContentProperty {
        values = List.copyOf(values);
    }
}
