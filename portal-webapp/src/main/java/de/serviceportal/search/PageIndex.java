package de.serviceportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of website pages: one document per page, a text and a title field per language analysed for
 * that language. Disposable: it lives in node-local files and is rebuilt from content whenever it cannot be trusted.
 * The commit data holds the {@link RepositoryState} it matches, or nothing while it is being changed incrementally,
 * so an index left behind by a crash is never mistaken for a current one.
 */
final class PageIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageIndex.class);
    static final String STATE = "repositoryState";
    static final String PATH = "path";
    static final String ANCESTOR = "ancestor";
    private static final String DIRTY = "";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;

    private PageIndex(Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code folder}; an unreadable or corrupt index is thrown away and started empty. */
    static PageIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return openChecked(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index at {} is unusable ({}); starting it afresh", folder, e.toString());
            deleteContents(folder);
            return openChecked(folder);
        }
    }

    private static PageIndex openChecked(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            if (DirectoryReader.indexExists(directory)) {
                // verifies every file's checksum: a damaged index fails here, not in the middle of a search
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                }
            }
            Analyzer analyzer = analyzer();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // only explicit commits, each with the state it stands for
                    .setCommitOnClose(false));
            return new PageIndex(directory, writer, analyzer);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(text("en"), new EnglishAnalyzer());
        perField.put(title("en"), new EnglishAnalyzer());
        // German: lower case, stop words, umlaut/ß normalisation and light stemming
        return new PerFieldAnalyzerWrapper(new GermanAnalyzer(), perField);
    }

    static String text(String language) {
        return "text_" + language;
    }

    static String title(String language) {
        return "title_" + language;
    }

    /** The repository state this index matches, or {@code ""} if it is unknown. */
    String state() {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data.getOrDefault(STATE, DIRTY);
    }

    /** Replaces the whole index with {@code pages} and records {@code state}. */
    void replaceAll(Iterable<PageText> pages, String state) throws IOException {
        writer.deleteAll();
        for (PageText page : pages) {
            writer.addDocument(document(page));
        }
        commit(state);
    }

    /** Adds or replaces one page; call {@link #commitChanges()} after a batch. */
    void put(PageText page) throws IOException {
        markDirty();
        writer.updateDocument(new Term(PATH, page.path()), document(page));
    }

    /** Removes the page at {@code path} and every page below it. */
    void removeTree(String path) throws IOException {
        markDirty();
        writer.deleteDocuments(new Term(PATH, path), new Term(ANCESTOR, path));
    }

    /** Makes incremental changes durable and visible; the state is unknown until {@link #commit(String)}. */
    void commitChanges() throws IOException {
        commit(DIRTY);
    }

    private void markDirty() {
        writer.setLiveCommitData(Map.of(STATE, DIRTY).entrySet());
    }

    void commit(String state) throws IOException {
        writer.setLiveCommitData(Map.of(STATE, state).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Page paths matching all words of {@code q}, best first; only pages strictly below {@code underPath}. */
    List<String> search(String q, String language, String underPath, int max) throws IOException {
        String lang = language != null && PageText.LANGUAGES.contains(language)
                ? language : PageText.DEFAULT_LANGUAGE;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(text(lang), 1f, title(lang), 3f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query words = parser.parse(q);
        if (words == null) {
            return List.of(); // only stop words or operators
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (underPath != null && !"/".equals(underPath)) {
            query.add(new TermQuery(new Term(ANCESTOR, underPath)), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> paths = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
                paths.add(searcher.storedFields().document(hit.doc).get(PATH));
            }
            return paths;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Document document(PageText page) {
        Document document = new Document();
        document.add(new StringField(PATH, page.path(), Field.Store.YES));
        for (String ancestor = parent(page.path()); ancestor != null; ancestor = parent(ancestor)) {
            document.add(new StringField(ANCESTOR, ancestor, Field.Store.NO));
        }
        page.text().forEach((language, text) -> document.add(new TextField(text(language), text, Field.Store.NO)));
        page.title().forEach((language, title) -> document.add(new TextField(title(language), title, Field.Store.NO)));
        return document;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? null : path.substring(0, slash);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }
}
