package de.serviceportal.export;

import java.util.List;
import java.util.Map;

/**
 * Result of reading a file: the top-level nodes (a Magnolia export usually has exactly one), the namespace
 * declarations the file brought along (system view only) and every problem found.
 */
record ParsedContent(List<ContentNode> roots, Map<String, String> namespaces, List<Problem> problems) {

    ParsedContent {
        roots = List.copyOf(roots);
        namespaces = Map.copyOf(namespaces);
        problems = List.copyOf(problems);
    }

    /** Throws the first problem (mentioning how many more there are), if any. */
    void throwIfProblems(String fileName) throws ImportException {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        String message = first.message();
        if (problems.size() > 1) {
            message += " (und " + (problems.size() - 1) + " weitere Probleme)";
        }
        throw new ImportException(fileName, first.line(), message);
    }
}
