package org.readiness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the figures bench/scale measured ({@code target/scale/report.csv}, one line per rule set size
 * from {@link ScaleReport}) into the table and the plot of bench/README.md: a Markdown table on standard
 * output and an SVG file, log-log, with a line of slope one to show what linear growth would look like.
 *
 * <pre>java … org.readiness.bench.ScalePlot target/scale bench/scale.svg</pre>
 */
public final class ScalePlot {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 400;
    private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#2e8b57", "#8c6bb1"};

    /** One row of report.csv. */
    record Build(int rules, int ruleCount, double compileColdMs, double compileWarmMs, double retainedMiB,
                 double entryMiB, double cacheLoadMs, long[] fired, double[] evaluateUs, double[] bareUs) {
    }

    private ScalePlot() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<Integer, Build> builds = readReport(dir.resolve("report.csv"));
        Map<Integer, Map<Integer, Double>> evaluation = new TreeMap<>(); // facts → rules → µs
        Map<Integer, Map<Integer, Double>> bare = new TreeMap<>();
        int[] factScales = {1, 10, 100};
        for (Build b : builds.values()) {
            for (int i = 0; i < factScales.length; i++) {
                evaluation.computeIfAbsent(factScales[i], k -> new TreeMap<>()).put(b.rules(), b.evaluateUs()[i]);
                bare.computeIfAbsent(factScales[i], k -> new TreeMap<>()).put(b.rules(), b.bareUs()[i]);
            }
        }
        Files.writeString(Path.of(args[1]), svg(builds, evaluation, bare));
        System.out.print(table(builds, evaluation, bare));
    }

    static Map<Integer, Build> readReport(Path csv) throws IOException {
        Map<Integer, Build> builds = new TreeMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            builds.put(Integer.parseInt(f[0]), new Build(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), new long[] {Long.parseLong(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9])},
                    new double[] {Double.parseDouble(f[10]), Double.parseDouble(f[12]), Double.parseDouble(f[14])},
                    new double[] {Double.parseDouble(f[11]), Double.parseDouble(f[13]), Double.parseDouble(f[15])}));
        }
        return builds;
    }

    static String table(Map<Integer, Build> builds, Map<Integer, Map<Integer, Double>> evaluation,
                        Map<Integer, Map<Integer, Double>> bare) {
        StringBuilder out = new StringBuilder();
        out.append("| rules | criteria | compile (CPU), cold JVM | compile (CPU), warm | retained heap | cache entry | load from cache, warm |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Build b : builds.values()) {
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %.0f MiB | %.1f MiB | %s |%n", b.ruleCount(),
                    Math.max(10, b.ruleCount() / 4), time(b.compileColdMs() * 1000), time(b.compileWarmMs() * 1000),
                    b.retainedMiB(), b.entryMiB(), time(b.cacheLoadMs() * 1000)));
        }
        out.append("\nEvaluation, CPU time: with explanations / bare Drools session (pooled) = ratio; rules fired\n\n")
                .append("| rules | 14 facts | 140 facts | 1,400 facts | rules fired (14 / 140 / 1,400 facts) |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (Build b : builds.values()) {
            out.append(String.format(Locale.ROOT, "| %,d |", b.ruleCount()));
            for (int facts : new int[] {1, 10, 100}) {
                Double micros = evaluation.getOrDefault(facts, Map.of()).get(b.rules());
                Double floor = bare.getOrDefault(facts, Map.of()).get(b.rules());
                out.append(' ').append(micros == null ? "–" : time(micros));
                if (micros != null && floor != null) {
                    out.append(" / ").append(time(floor)).append(String.format(Locale.ROOT, " = %.2f", micros / floor));
                }
                out.append(" |");
            }
            out.append(String.format(Locale.ROOT, " %,d / %,d / %,d |%n", b.fired()[0], b.fired()[1], b.fired()[2]));
        }
        out.append("\nGrowth per tenfold step in rules (the exponent k in cost ∝ rules^k; 1 is linear):\n\n")
                .append("| step | compile, warm | retained heap | evaluate, 14 facts | 140 facts | 1,400 facts | bare session, 14 facts | 1,400 facts |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Build> list = new ArrayList<>(builds.values());
        for (int i = 1; i < list.size(); i++) {
            Build a = list.get(i - 1);
            Build b = list.get(i);
            double sizes = Math.log((double) b.ruleCount() / a.ruleCount());
            out.append(String.format(Locale.ROOT, "| %,d → %,d rules | %.2f | %.2f |", a.ruleCount(), b.ruleCount(),
                    Math.log(b.compileWarmMs() / a.compileWarmMs()) / sizes, Math.log(b.retainedMiB() / a.retainedMiB()) / sizes));
            for (int facts : new int[] {1, 10, 100}) {
                out.append(exponent(evaluation, facts, a.rules(), b.rules(), sizes));
            }
            for (int facts : new int[] {1, 100}) {
                out.append(exponent(bare, facts, a.rules(), b.rules(), sizes));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String exponent(Map<Integer, Map<Integer, Double>> figures, int facts, int from, int to, double sizes) {
        Map<Integer, Double> byRules = figures.getOrDefault(facts, Map.of());
        Double x = byRules.get(from);
        Double y = byRules.get(to);
        return x == null || y == null ? " – |" : String.format(Locale.ROOT, " %.2f |", Math.log(y / x) / sizes);
    }

    private static String time(double micros) {
        if (micros >= 1e6) {
            return String.format(Locale.ROOT, "%.1f s", micros / 1e6);
        }
        if (micros >= 1000) {
            return String.format(Locale.ROOT, micros >= 10_000 ? "%.0f ms" : "%.1f ms", micros / 1000);
        }
        return String.format(Locale.ROOT, "%.0f µs", micros);
    }

    static String svg(Map<Integer, Build> builds, Map<Integer, Map<Integer, Double>> evaluation,
                      Map<Integer, Map<Integer, Double>> bare) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        Map<String, Map<Double, Double>> left = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<Integer, Double>> facts : evaluation.entrySet()) {
            Map<Double, Double> line = new TreeMap<>();
            facts.getValue().forEach((rules, micros) -> line.put(rules * (double) ScaledInputs.RULES_PER_SCALE, micros / 1000));
            left.put(String.format(Locale.ROOT, "%,d facts", facts.getKey() * ScaledInputs.FACTS_PER_SCALE), line);
        }
        for (Map.Entry<Integer, Map<Integer, Double>> facts : bare.entrySet()) {
            Map<Double, Double> line = new TreeMap<>();
            facts.getValue().forEach((rules, micros) -> line.put(rules * (double) ScaledInputs.RULES_PER_SCALE, micros / 1000));
            left.put(String.format(Locale.ROOT, "bare, %,d facts", facts.getKey() * ScaledInputs.FACTS_PER_SCALE), line);
        }
        panel(svg, 60, "Evaluation (ms) by rules", left);
        Map<String, Map<Double, Double>> right = new LinkedHashMap<>();
        Map<Double, Double> compile = new TreeMap<>();
        Map<Double, Double> heap = new TreeMap<>();
        Map<Double, Double> cached = new TreeMap<>();
        for (Build b : builds.values()) {
            compile.put((double) b.ruleCount(), b.compileWarmMs());
            cached.put((double) b.ruleCount(), b.cacheLoadMs());
            heap.put((double) b.ruleCount(), b.retainedMiB());
        }
        right.put("compile (ms)", compile);
        right.put("load from cache (ms)", cached);
        right.put("retained heap (MiB)", heap);
        panel(svg, 500, "Build and memory by rules", right);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A log-log panel 340 wide at {@code x}, with a dashed slope-one line through the first point of the first series. */
    private static void panel(StringBuilder svg, int x, String title, Map<String, Map<Double, Double>> series) {
        int top = 40;
        int w = 340;
        int h = 280;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Map<Double, Double> points : series.values()) {
            for (Map.Entry<Double, Double> p : points.entrySet()) {
                minX = Math.min(minX, p.getKey());
                maxX = Math.max(maxX, p.getKey());
                minY = Math.min(minY, p.getValue());
                maxY = Math.max(maxY, p.getValue());
            }
        }
        if (minX == Double.MAX_VALUE) {
            return;
        }
        double x0 = Math.floor(Math.log10(minX));
        double x1 = Math.max(Math.ceil(Math.log10(maxX)), x0 + 1);
        double y0 = Math.floor(Math.log10(minY));
        double y1 = Math.max(Math.ceil(Math.log10(maxY)), y0 + 1);
        java.util.function.DoubleUnaryOperator px = v -> x + (Math.log10(v) - x0) / (x1 - x0) * w;
        java.util.function.DoubleUnaryOperator py = v -> top + h - (Math.log10(v) - y0) / (y1 - y0) * h;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x, top - 15, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", x, top, w, h));
        for (double e = x0; e <= x1; e++) {
            double gx = px.applyAsDouble(Math.pow(10, e));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", gx, top, gx, top + h, gx, top + h + 16, label(e)));
        }
        for (double e = y0; e <= y1; e++) {
            double gy = py.applyAsDouble(Math.pow(10, e));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", x, gy, x + w, gy, x - 6, gy + 4, label(e)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">rules</text>%n", x + w / 2, top + h + 34));
        Map.Entry<Double, Double> first = series.values().iterator().next().entrySet().iterator().next();
        double endX = Math.pow(10, x1);
        double endY = first.getValue() * endX / first.getKey();
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n",
                px.applyAsDouble(first.getKey()), py.applyAsDouble(first.getValue()), px.applyAsDouble(endX),
                Math.max(top, py.applyAsDouble(endY))));
        int i = 0;
        int solid = 0;
        for (Map.Entry<String, Map<Double, Double>> s : series.entrySet()) {
            // "bare, …" series are drawn dotted in the colour of the series they accompany
            boolean bare = s.getKey().startsWith("bare");
            String colour = COLOURS[(bare ? i - solid : i) % COLOURS.length];
            solid += bare ? 0 : 1;
            StringBuilder path = new StringBuilder();
            for (Map.Entry<Double, Double> p : s.getValue().entrySet()) {
                double cx = px.applyAsDouble(p.getKey());
                double cy = py.applyAsDouble(p.getValue());
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", cx, cy));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", cx, cy, colour));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path, colour,
                    bare ? " stroke-dasharray=\"2 3\"" : ""));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 10, top + 10 + 16 * i, colour, x + 26, top + 19 + 16 * i, s.getKey()));
            i++;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#777\">dashed: linear</text>%n", x + 10, top + 19 + 16 * i));
    }

    private static String label(double exponent) {
        double value = Math.pow(10, exponent);
        if (value >= 1 && value < 1e7) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return exponent >= -3 && exponent < 0 ? String.format(Locale.ROOT, "%." + (int) -exponent + "f", value) : "1e" + (int) exponent;
    }
}
