package de.serviceportal.caching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.serviceportal.modules.LightModuleRegistry;

/** The page cache, on unless {@code portal.cache.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.cache.enabled", havingValue = "true", matchIfMissing = true)
class CacheConfiguration {

    /** Right after Spring Security's filter chain (order -100), so the filter knows who is logged in. */
    private static final int AFTER_SECURITY = -90;

    @Bean
    PageCache pageCache(@Value("${portal.cache.max-entries:10000}") int maxEntries,
            @Value("${portal.cache.max-bytes:67108864}") long maxBytes) {
        return new PageCache(maxEntries, maxBytes);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LightModuleRegistry modules,
            @Value("${portal.cache.cache-control:public, max-age=0, s-maxage=60}") String cacheControl) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, cacheControl, () -> modules.current().generation()));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
