package de.serviceportal.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.repository.RepositoryProperties;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Indexes the live store only, so no draft can be found. Node-local and disposable: {@code ${portal.home}/index/content}. Closed before the repository it reads. */
    @Bean(destroyMethod = "close")
    ContentSearch contentSearch(ContentStages stages, RepositoryProperties properties) {
        return ContentSearch.start(stages.live(), properties.home().resolve("index").resolve("content"));
    }
}
