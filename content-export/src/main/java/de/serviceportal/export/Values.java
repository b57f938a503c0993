package de.serviceportal.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing and normalising of scalar values and JCR names shared by all readers and writers. */
final class Values {

    /**
     * Magnolia's own date properties. A quoted ISO date on one of these still becomes a DATE, because Magnolia
     * (and hand-edited files) sometimes quote them; everywhere else a quoted string stays a STRING.
     */
    static final Set<String> WELL_KNOWN_DATES = Set.of(
            "mgnl:created", "mgnl:lastModified", "mgnl:lastActivated", "mgnl:lastActivatedVersionCreated",
            "mgnl:deleted", "jcr:created", "jcr:lastModified");

    /** YAML 1.1 timestamp, the same grammar SnakeYAML's resolver uses. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d*))?"
                    + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private Values() {
    }

    /**
     * Converts a YAML timestamp or ISO 8601 date to the JCR date string form
     * {@code yyyy-MM-ddTHH:mm:ss.SSS(Z|+hh:mm)}. The offset is kept; a missing offset means UTC (YAML rule).
     */
    static Optional<String> toJcrDate(String text) {
        Matcher m = TIMESTAMP.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            String fraction = m.group(7) == null ? "" : m.group(7);
            int millis = Integer.parseInt((fraction + "000").substring(0, 3));
            // Throws for impossible dates such as 2020-02-31.
            LocalDateTime.of(year, month, day, hour, minute, second);
            String offset = offset(m.group(8));
            if (offset == null) {
                return Optional.empty();
            }
            return Optional.of(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s",
                    year, month, day, hour, minute, second, millis, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String offset(String tz) {
        if (tz == null || tz.equals("Z")) {
            return "Z";
        }
        char sign = tz.charAt(0);
        String digits = tz.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        if (hours > 18 || minutes > 59) {
            return null;
        }
        if (hours == 0 && minutes == 0) {
            return "Z";
        }
        return String.format(Locale.ROOT, "%c%02d:%02d", sign, hours, minutes);
    }

    /** YAML 1.1 integer (underscores, 0x, 0b, leading-zero octal, base 60) as a BigInteger. */
    static BigInteger parseYamlInt(String text) {
        String s = text.trim().replace("_", "");
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        BigInteger value;
        if (s.startsWith("0b")) {
            value = new BigInteger(s.substring(2), 2);
        } else if (s.startsWith("0x")) {
            value = new BigInteger(s.substring(2), 16);
        } else if (s.contains(":")) {
            value = BigInteger.ZERO;
            for (String part : s.split(":")) {
                value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else if (s.length() > 1 && s.startsWith("0")) {
            value = new BigInteger(s.substring(1), 8);
        } else {
            value = new BigInteger(s);
        }
        return negative ? value.negate() : value;
    }

    /** YAML 1.1 float as Java double (handles .inf, .nan, underscores and base 60). */
    static double parseYamlFloat(String text) {
        String s = text.trim().replace("_", "");
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case ".inf", "+.inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-.inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case ".nan" -> {
                return Double.NaN;
            }
            default -> {
                // parsed below
            }
        }
        if (s.contains(":")) {
            boolean negative = s.startsWith("-");
            String[] parts = s.replaceFirst("^[-+]", "").split(":");
            double value = 0;
            for (int i = 0; i < parts.length - 1; i++) {
                value = value * 60 + Long.parseLong(parts[i]);
            }
            value = value * 60 + Double.parseDouble(parts[parts.length - 1]);
            return negative ? -value : value;
        }
        return Double.parseDouble(s);
    }

    /** The YAML spelling of a JCR double string ({@link Double#toString} form). */
    static String yamlDouble(String jcrDouble) {
        double d = Double.parseDouble(jcrDouble);
        if (Double.isNaN(d)) {
            return ".NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(d);
    }

    static Optional<Boolean> parseYamlBool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Strips line breaks and blanks from Base64 text; empty when the rest is not valid Base64. */
    static Optional<String> compactBase64(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.length() % 4 != 0 || !BASE64.matcher(compact).matches()) {
            return Optional.empty();
        }
        try {
            Base64.getDecoder().decode(compact);
            return Optional.of(compact);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Why {@code name} is not a usable JCR node or property name, or {@code null} when it is fine. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "Leerer Name ist nicht erlaubt";
        }
        if (name.equals(".") || name.equals("..")) {
            return "Name '" + name + "' ist nicht erlaubt";
        }
        if (!name.strip().equals(name)) {
            return "Name '" + name + "' beginnt oder endet mit Leerraum";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("/[]|*".indexOf(c) >= 0 || (c < 0x20 && c != '\t')) {
                return "Name '" + name + "' enthält das unerlaubte Zeichen '" + printable(c) + "'";
            }
        }
        int colon = name.indexOf(':');
        if (colon >= 0 && (colon == 0 || colon == name.length() - 1 || name.indexOf(':', colon + 1) >= 0)) {
            return "Name '" + name + "' hat ein ungültiges Namensraum-Präfix";
        }
        return null;
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
    }

    /** The namespace prefix of a qualified JCR name, or {@code ""}. */
    static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : "";
    }
}
