package de.serviceportal.repository;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

    /**
     * The draft store, where editors work; injected wherever a plain {@link ContentRepository} is asked for.
     * Closed by Spring on shutdown (SIGTERM included), which persists the head and releases the store lock.
     */
    @Bean(destroyMethod = "close")
    @Primary
    SegmentContentRepository contentRepository(RepositoryProperties properties) {
        return SegmentContentRepository.open(properties.segmentStore().toFile(), properties.failTraversal());
    }

    /** The live store: only publishing writes here. */
    @Bean(destroyMethod = "close")
    SegmentContentRepository liveContentRepository(RepositoryProperties properties) {
        return SegmentContentRepository.open(properties.liveSegmentStore().toFile(), properties.failTraversal());
    }

    @Bean
    ContentStages contentStages(@Qualifier("contentRepository") SegmentContentRepository contentRepository,
            @Qualifier("liveContentRepository") SegmentContentRepository liveContentRepository) {
        // qualified by name: @Primary would otherwise win for both parameters
        return new ContentStages(contentRepository, liveContentRepository);
    }
}
