package de.serviceportal.export;

/** A problem found while reading a file; {@code line} is one-based, 0 when unknown. */
record Problem(int line, String message) {
}
