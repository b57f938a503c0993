package de.serviceportal.repository;

/** Unchecked wrapper for repository failures that callers cannot handle locally. */
public class RepositoryAccessException extends RuntimeException {
    public RepositoryAccessException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
