package de.serviceportal.wastecalendar.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Did you mean …?" for street names: Levenshtein distance on folded text (see {@link SearchText}), also against
 * the start of a name so a typo in the first letters of a long name still finds it while typing.
 */
public final class SimilarNames {

    private SimilarNames() {
    }

    /** The names closest to {@code input}, best first; only plausible ones (distance ≤ ⅓ of the length, at least 2). */
    public static List<String> closest(String input, Collection<String> names, int limit) {
        String q = SearchText.normalize(input);
        if (q.isEmpty()) {
            return List.of();
        }
        int threshold = Math.max(2, q.length() / 3);
        Map<String, Integer> scored = names.stream().distinct()
                .collect(Collectors.toMap(n -> n, n -> distance(q, SearchText.normalize(n))));
        return scored.entrySet().stream()
                .filter(e -> e.getValue() <= threshold)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Distance to the whole name or to its start (about as long as the query), whichever is smaller. */
    static int distance(String query, String name) {
        int best = levenshtein(query, name);
        for (int k = Math.max(1, query.length() - 1); k <= Math.min(name.length() - 1, query.length() + 1); k++) {
            best = Math.min(best, levenshtein(query, name.substring(0, k)));
        }
        return best;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
