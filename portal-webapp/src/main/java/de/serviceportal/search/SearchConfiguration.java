package de.serviceportal.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.RepositoryProperties;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Node-local and disposable: {@code ${portal.home}/index/content}. Closed before the repository it reads. */
    @Bean(destroyMethod = "close")
    ContentSearch contentSearch(ContentRepository repository, RepositoryProperties properties) {
        return ContentSearch.start(repository, properties.home().resolve("index").resolve("content"));
    }
}
