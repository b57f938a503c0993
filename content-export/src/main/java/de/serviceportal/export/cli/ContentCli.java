package de.serviceportal.export.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.serviceportal.export.ImportException;
import de.serviceportal.export.OfflineConverter;

/**
 * Command line tool for bootstrap files, works offline without a repository:
 * <pre>
 *   convert &lt;in.yaml|in.xml&gt; &lt;out.xml|out.yaml&gt;
 *   validate &lt;file&gt;...
 * </pre>
 * Exit codes: 0 fine, 1 problems found, 2 wrong call.
 */
public final class ContentCli {

    private ContentCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 1 && args[0].equals("convert") && args.length == 3) {
            return convert(Path.of(args[1]), Path.of(args[2]), out, err);
        }
        if (args.length >= 2 && args[0].equals("validate")) {
            int exit = 0;
            for (int i = 1; i < args.length; i++) {
                exit = Math.max(exit, validate(Path.of(args[i]), out, err));
            }
            return exit;
        }
        err.println("Aufruf:");
        err.println("  convert <eingabe.yaml|eingabe.xml> <ausgabe.xml|ausgabe.yaml>");
        err.println("  validate <datei>...");
        return 2;
    }

    private static int convert(Path in, Path outFile, PrintStream out, PrintStream err) {
        Path temp = null;
        try (InputStream input = Files.newInputStream(in)) {
            Path dir = outFile.toAbsolutePath().getParent();
            temp = Files.createTempFile(dir, ".convert-", ".tmp");
            try (OutputStream output = Files.newOutputStream(temp)) {
                OfflineConverter.convert(in.toString(), input, outFile.toString(), output);
            }
            // Written to a temporary file first so a failed conversion never leaves half a file behind.
            Files.move(temp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out.println("Umgewandelt: " + in + " -> " + outFile);
            return 0;
        } catch (ImportException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(in + ": Datei nicht lesbar oder schreibbar: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(temp);
        }
    }

    private static int validate(Path file, PrintStream out, PrintStream err) {
        try (InputStream input = Files.newInputStream(file)) {
            List<ImportException> problems = OfflineConverter.validate(file.toString(), input);
            if (problems.isEmpty()) {
                out.println("OK: " + file);
                return 0;
            }
            problems.forEach(p -> err.println(p.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println(file + ": Datei nicht lesbar: " + e.getMessage());
            return 1;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more to do; the temporary file is hidden and harmless
            }
        }
    }
}
