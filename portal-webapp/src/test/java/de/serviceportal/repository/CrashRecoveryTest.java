package de.serviceportal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every save that returned survives {@code kill -9} of the writing process, and the store opens again without
 * repair; SIGTERM closes the store cleanly.
 */
class CrashRecoveryTest {

    @TempDir
    Path store;

    @Test
    void acknowledgedSavesSurviveKillNine() throws Exception {
        Process writer = startWriter();
        int lastAcknowledged = readUntil(writer, 400);
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no final flush
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).isEqualTo(137);

        assertAllPresent(lastAcknowledged);
    }

    @Test
    void sigtermClosesTheStoreCleanly() throws Exception {
        Process writer = startWriter();
        BufferedReader output = reader(writer);
        int lastAcknowledged = readUntil(output, 50);
        writer.toHandle().destroy(); // SIGTERM (keeps our end of the pipe open): the hook closes the store
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> rest = new ArrayList<>();
        for (String line; (line = output.readLine()) != null; ) {
            rest.add(line);
        }
        assertThat(rest).contains("closed");
        for (String line : rest) {
            if (line.startsWith("saved ")) {
                lastAcknowledged = Math.max(lastAcknowledged, Integer.parseInt(line.substring(6)));
            }
        }
        assertAllPresent(lastAcknowledged);
    }

    private Process startWriter() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RecoveryWriter.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static int readUntil(Process process, int saves) throws Exception {
        return readUntil(reader(process), saves);
    }

    /** Reads acknowledgements until {@code saves} were seen; returns the last acknowledged number. */
    private static int readUntil(BufferedReader output, int saves) throws Exception {
        int last = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (String line; last < saves - 1 && (line = output.readLine()) != null; ) {
            if (line.startsWith("saved ")) {
                last = Integer.parseInt(line.substring(6));
            }
            assertThat(System.nanoTime()).as("writer too slow").isLessThan(deadline);
        }
        assertThat(last).as("the writer acknowledged saves").isGreaterThanOrEqualTo(saves - 1);
        return last;
    }

    private void assertAllPresent(int lastAcknowledged) {
        try (SegmentContentRepository reopened = SegmentContentRepository.open(store.toFile(), true)) {
            List<Integer> missing = reopened.read(session -> {
                List<Integer> absent = new ArrayList<>();
                for (int n = 0; n <= lastAcknowledged; n++) {
                    if (!session.nodeExists("/website/recovery/s" + (n / 100) + "/n" + n)) {
                        absent.add(n);
                    }
                }
                return absent;
            });
            assertThat(missing).as("acknowledged saves lost after the crash").isEmpty();
        }
    }
}
