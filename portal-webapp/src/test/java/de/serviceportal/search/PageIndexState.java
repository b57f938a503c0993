package de.serviceportal.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Reads the content state recorded in the last commit of an index, the way a restarting node would see it. */
final class PageIndexState {

    private PageIndexState() {
    }

    static String of(Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().getOrDefault(PageIndex.STATE, "");
        }
    }

}
