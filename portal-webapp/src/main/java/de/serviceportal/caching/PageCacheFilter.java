package de.serviceportal.caching;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Serves rendered pages and delivery responses to anonymous visitors from the {@link PageCache}, and stores what
 * they get when it holds nothing personal: no session, no cookie, only content (see {@link ContentReads}). Logged-in
 * staff see drafts: their responses are never stored and never kept by a browser or proxy.
 */
final class PageCacheFilter extends OncePerRequestFilter {

    static final String STATUS_HEADER = "X-Portal-Cache";
    private static final Set<String> NOT_STORED_HEADERS = Set.of("set-cookie", "date", "cache-control", "vary",
            "etag", STATUS_HEADER.toLowerCase());

    private final PageCache cache;
    private final String publicCacheControl;
    private final java.util.function.LongSupplier definitionsGeneration;

    /** {@code definitionsGeneration} changes with every light-module change: templates render differently then. */
    PageCacheFilter(PageCache cache, String publicCacheControl, java.util.function.LongSupplier definitionsGeneration) {
        this.cache = cache;
        this.publicCacheControl = publicCacheControl;
        this.definitionsGeneration = definitionsGeneration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String uri = request.getRequestURI();
        boolean content = uri.startsWith("/.rest/delivery/") || !uri.startsWith("/.") && !uri.startsWith("/dam/");
        return !content || !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loggedIn()) {
            chain.doFilter(request, new PrivateResponse(response));
            return;
        }
        // the origin decides the CORS headers of delivery responses; old definitions' entries simply age out
        String key = definitionsGeneration.getAsLong() + "|" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                + "|" + (request.getHeader("Origin") == null ? "" : request.getHeader("Origin"));
        PageCache.Entry hit = cache.get(key);
        if (hit != null) {
            serve(hit, request, response);
            return;
        }
        long generation = cache.generation();
        ContentReads.Recording reads = ContentReads.start();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            ContentReads.stop();
        }
        int status = buffered.getStatus();
        boolean storable = "GET".equals(request.getMethod()) && (status == 200 || status == 404)
                && !reads.uncacheable && !reads.dependencies.isEmpty() && request.getSession(false) == null
                && buffered.getHeaders("Set-Cookie").isEmpty() && buffered.getContentType() != null;
        if (storable) {
            byte[] body = buffered.getContentAsByteArray();
            String etag = buffered.getHeader("ETag") != null ? buffered.getHeader("ETag") : etag(body);
            PageCache.Entry entry = new PageCache.Entry(status, headers(buffered), body, etag,
                    Set.copyOf(reads.dependencies));
            publicHeaders(buffered, etag);
            buffered.setHeader(STATUS_HEADER, cache.put(key, entry, generation) ? "MISS" : "PASS");
        }
        buffered.copyBodyToResponse();
    }

    private void serve(PageCache.Entry hit, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        publicHeaders(response, hit.etag());
        response.setHeader(STATUS_HEADER, "HIT");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.equals(hit.etag()) || match.equals("W/" + hit.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(hit.status());
        hit.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLength(hit.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(hit.body());
        }
    }

    private void publicHeaders(HttpServletResponse response, String etag) {
        response.setHeader("Cache-Control", publicCacheControl);
        response.setHeader("Vary", "Cookie, Origin");
        response.setHeader("ETag", etag);
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_STORED_HEADERS.contains(name.toLowerCase())) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        return headers;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** A staff response: whatever the controller says, no browser or proxy may keep it (it may show drafts). */
    private static final class PrivateResponse extends HttpServletResponseWrapper {

        PrivateResponse(HttpServletResponse response) {
            super(response);
            response.setHeader("Cache-Control", "private, no-store");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
