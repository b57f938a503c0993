package de.serviceportal.wastecalendar.model;

/**
 * The part of a street served by one set of tours: from/to (either may be open) and which side.
 * {@link #WHOLE_STREET} means the street is not split.
 */
public record HouseNumberRange(Integer from, Integer to, Side side) {

    public static final HouseNumberRange WHOLE_STREET = new HouseNumberRange(null, null, Side.ALL);

    /** Which house numbers of the range belong to it. */
    public enum Side {
        ALL(""), ODD("ungerade"), EVEN("gerade");

        private final String germanName;

        Side(String germanName) {
            this.germanName = germanName;
        }

        public String germanName() {
            return germanName;
        }

        boolean contains(int number) {
            return this == ALL || (number % 2 != 0) == (this == ODD);
        }
    }

    public HouseNumberRange {
        if (side == null) {
            side = Side.ALL;
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("house number range " + from + "–" + to + " is reversed");
        }
    }

    public boolean isWholeStreet() {
        return from == null && to == null && side == Side.ALL;
    }

    public boolean contains(int number) {
        return (from == null || number >= from) && (to == null || number <= to) && side.contains(number);
    }

    /** True if at least one house number belongs to both ranges. */
    public boolean overlaps(HouseNumberRange other) {
        long lo = Math.max(from == null ? 0 : from, other.from == null ? 0 : other.from);
        long hi = Math.min(to == null ? Integer.MAX_VALUE : to, other.to == null ? Integer.MAX_VALUE : other.to);
        if (lo > hi) {
            return false;
        }
        if (side == Side.ALL || other.side == Side.ALL || side == other.side) {
            // Same side or one covers both sides: any common number of the right side is enough.
            Side s = side == Side.ALL ? other.side : side;
            return s == Side.ALL || hi > lo || s.contains((int) lo);
        }
        return false; // odd vs. even never share a number
    }

    /** German label part, e.g. {@code 1–49 (ungerade)}, {@code ab 51}, or empty for the whole street. */
    public String label() {
        String numbers;
        if (from == null && to == null) {
            numbers = "";
        } else if (to == null) {
            numbers = "ab " + from;
        } else if (from == null) {
            numbers = "bis " + to;
        } else {
            numbers = from + "–" + to;
        }
        if (side == Side.ALL) {
            return numbers;
        }
        String sideLabel = side == Side.ODD ? "ungerade" : "gerade";
        return numbers.isEmpty() ? sideLabel + " Hausnummern" : numbers + " (" + sideLabel + ")";
    }

    /** Key fragment for stable identifiers, e.g. {@code 1-49-u}, {@code 51-}, or empty. */
    public String key() {
        if (isWholeStreet()) {
            return "";
        }
        String k = (from == null ? "" : from.toString()) + "-" + (to == null ? "" : to.toString());
        return switch (side) {
            case ALL -> k;
            case ODD -> k + "-u";
            case EVEN -> k + "-g";
        };
    }
}
