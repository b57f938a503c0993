package de.serviceportal.export;

/**
 * A file could not be imported or converted. The message names the file and line when they are known,
 * in the form {@code website.foo.yaml:12: <problem>}, so it can be shown to administrators as is.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final String problem;

    ImportException(String fileName, int line, String problem) {
        this(fileName, line, problem, null);
    }

    ImportException(String fileName, int line, String problem, Throwable cause) {
        super(format(fileName, line, problem), cause);
        this.fileName = fileName;
        this.line = line;
        this.problem = problem;
    }

    /** The file name given by the caller, or {@code null} when the input had none. */
    public String getFileName() {
        return fileName;
    }

    /** One-based line number in the file, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** The problem description without file and line (German). */
    public String getProblem() {
        return problem;
    }

    private static String format(String fileName, int line, String problem) {
        StringBuilder sb = new StringBuilder();
        if (fileName != null && !fileName.isEmpty()) {
            sb.append(fileName);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        } else if (line > 0) {
            sb.append("Zeile ").append(line).append(": ");
        }
        return sb.append(problem).toString();
    }
}
