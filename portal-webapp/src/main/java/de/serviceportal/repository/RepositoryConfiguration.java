package de.serviceportal.repository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

    /** Closed by Spring on shutdown (SIGTERM included), which persists the head and releases the store lock. */
    @Bean(destroyMethod = "close")
    SegmentContentRepository contentRepository(RepositoryProperties properties) {
        return SegmentContentRepository.open(properties.segmentStore().toFile(), properties.failTraversal());
    }
}
