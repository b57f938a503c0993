package de.serviceportal.repository;

/**
 * Which copy of the content a reader sees. Editors work on {@link #DRAFT}; citizens, anonymous API callers, the
 * page cache and the search index only ever see {@link #LIVE}, the published copy. As with Magnolia's author and
 * public instances the two are separate stores, so a live reader cannot reach a draft by any path or identifier.
 */
public enum Stage {
    DRAFT, LIVE
}
