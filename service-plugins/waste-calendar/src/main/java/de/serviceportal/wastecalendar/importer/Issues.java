package de.serviceportal.wastecalendar.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one import run. */
final class Issues {

    final List<ImportIssue> list = new ArrayList<>();

    void error(String file, int line, String message) {
        list.add(new ImportIssue(ImportIssue.Severity.ERROR, file, line, message));
    }

    void note(String file, int line, String message) {
        list.add(new ImportIssue(ImportIssue.Severity.NOTE, file, line, message));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
    }
}
