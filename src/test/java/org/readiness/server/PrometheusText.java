package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the Prometheus text exposition format (0.0.4), checked line by line: names, label syntax
 * and escaping, values, TYPE and HELP at most once and before their samples, each family's samples
 * together, no series twice, and histograms whose buckets are cumulative and end in {@code +Inf} equal to
 * {@code _count}. (No parser of the format is published on Maven Central for Java.)
 */
final class PrometheusText {

    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Pattern VALUE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]Inf");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private PrometheusText() {
    }

    static void assertValid(String text) {
        assertTrue(text.endsWith("\n"), "the exposition ends with a line feed");
        Map<String, String> types = new HashMap<>();
        Set<String> helps = new HashSet<>();
        Set<String> finished = new HashSet<>();
        Set<String> series = new HashSet<>();
        Map<String, Map<String, Double>> buckets = new LinkedHashMap<>();
        Map<String, Double> counts = new HashMap<>();
        String current = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher comment = COMMENT.matcher(line);
            if (comment.matches()) {
                String family = comment.group(2);
                if (comment.group(1).equals("TYPE")) {
                    assertTrue(TYPES.contains(comment.group(3)), "type: " + line);
                    assertTrue(types.put(family, comment.group(3)) == null, "TYPE once: " + line);
                    assertTrue(!series.stream().anyMatch(s -> s.startsWith(family)) || !finished.contains(family), "TYPE before samples: " + line);
                } else {
                    assertTrue(helps.add(family), "HELP once: " + line);
                }
                continue;
            }
            assertTrue(!line.startsWith("#") || line.startsWith("# "), "comment: " + line);
            if (line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                fail("not a sample line: " + line);
            }
            String name = sample.group(1);
            assertTrue(VALUE.matcher(sample.group(4)).matches(), "value: " + line);
            Map<String, String> labels = labels(sample.group(3), line);
            String family = family(name, types);
            if (!family.equals(current)) {
                assertTrue(finished.add(family), "the samples of " + family + " are together: " + line);
                current = family;
            }
            assertTrue(series.add(name + labels), "no series twice: " + line);
            if ("histogram".equals(types.get(family))) {
                Map<String, String> rest = new LinkedHashMap<>(labels);
                String le = rest.remove("le");
                String key = family + rest;
                double value = Double.parseDouble(sample.group(4));
                if (name.endsWith("_bucket")) {
                    assertTrue(le != null, "a bucket has le: " + line);
                    Map<String, Double> of = buckets.computeIfAbsent(key, k -> new LinkedHashMap<>());
                    double previous = of.values().stream().reduce((a, b) -> b).orElse(0.0);
                    assertTrue(value >= previous, "buckets are cumulative: " + line);
                    double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                    assertTrue(of.keySet().stream().allMatch(k -> parse(k) < bound), "le ascending: " + line);
                    of.put(le, value);
                } else if (name.endsWith("_count")) {
                    counts.put(key, value);
                }
            }
        }
        buckets.forEach((key, of) -> {
            assertTrue(of.containsKey("+Inf"), "a +Inf bucket for " + key);
            assertEquals(counts.get(key), of.get("+Inf"), "+Inf bucket equals _count for " + key);
        });
    }

    /** The value of one series, written exactly as in the exposition ({@code name{a="b"}}). */
    static double value(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return fail("no series " + series + " in\n" + text);
    }

    private static String family(String name, Map<String, String> types) {
        for (String suffix : new String[] {"_bucket", "_sum", "_count"}) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                if ("histogram".equals(types.get(base)) || "summary".equals(types.get(base))) {
                    return base;
                }
            }
        }
        return name;
    }

    private static Map<String, String> labels(String text, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher m = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                fail("labels: " + line);
            }
            assertTrue(labels.put(m.group(1), m.group(2)) == null, "a label once: " + line);
            at = m.end();
        }
        return labels;
    }

    private static double parse(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }
}
