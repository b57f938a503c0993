package de.serviceportal.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The portal's content repository. Every save goes through {@link #save(Session)}, which makes the change durable
 * before it returns (SegmentTar otherwise persists its head only every few seconds).
 */
public interface ContentRepository {

    /** Opens a session; the caller logs it out. */
    Session login() throws RepositoryException;

    /** Saves the session's changes and returns only once they survive a crash of the process. */
    void save(Session session) throws RepositoryException;

    /** Runs read-only work in a fresh session. */
    default <T> T read(SessionWork<T> work) {
        try {
            Session session = login();
            try {
                return work.run(session);
            } finally {
                session.logout();
            }
        } catch (RepositoryException e) {
            throw new RepositoryAccessException(e);
        }
    }

    /** Runs work in a fresh session and saves it durably. */
    default <T> T write(SessionWork<T> work) {
        try {
            Session session = login();
            try {
                T result = work.run(session);
                save(session);
                return result;
            } finally {
                session.logout();
            }
        } catch (RepositoryException e) {
            throw new RepositoryAccessException(e);
        }
    }

    @FunctionalInterface
    interface SessionWork<T> {
        T run(Session session) throws RepositoryException;
    }
}
