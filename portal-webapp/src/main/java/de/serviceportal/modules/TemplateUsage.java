package de.serviceportal.modules;

import java.util.Map;
import java.util.TreeMap;

import javax.jcr.NodeIterator;
import javax.jcr.query.Query;

import org.springframework.stereotype.Component;

import de.serviceportal.repository.ContentRepository;

/** How many content nodes use each template id (served by the {@code mgnl:template} property index). */
@Component
class TemplateUsage {

    private final ContentRepository repository;

    TemplateUsage(ContentRepository repository) {
        this.repository = repository;
    }

    Map<String, Integer> count() {
        return repository.read(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT [mgnl:template] FROM [nt:base] WHERE [mgnl:template] IS NOT NULL", Query.JCR_SQL2);
            Map<String, Integer> counts = new TreeMap<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                counts.merge(nodes.nextNode().getProperty("mgnl:template").getString(), 1, Integer::sum);
            }
            return counts;
        });
    }
}
