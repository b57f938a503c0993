package de.serviceportal.repository;

import java.io.File;

import javax.jcr.Node;

/**
 * A separate process that writes to a repository until it is killed. It prints {@code saved <n>} only after the
 * save of node n returned, so the parent knows exactly which saves were acknowledged.
 */
public final class RecoveryWriter {

    private RecoveryWriter() {
    }

    public static void main(String[] args) {
        SegmentContentRepository repository = SegmentContentRepository.open(new File(args[0]), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            repository.close();
            System.out.println("closed");
            System.out.flush();
        }));
        for (int n = 0; ; n++) {
            int number = n;
            repository.write(session -> {
                Node parent = session.getNode("/website");
                Node bucket = parent.hasNode("recovery") ? parent.getNode("recovery")
                        : parent.addNode("recovery", "mgnl:folder");
                String shard = "s" + (number / 100);
                Node folder = bucket.hasNode(shard) ? bucket.getNode(shard) : bucket.addNode(shard, "mgnl:folder");
                folder.addNode("n" + number, "mgnl:page").setProperty("title", "Seite " + number);
                return null;
            });
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
