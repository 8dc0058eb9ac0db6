package org.readiness.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.readiness.Readiness;
import org.readiness.document.DocumentReader;
import org.readiness.document.ListNode;
import org.readiness.document.MapNode;
import org.readiness.document.MappingReader;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.document.ScalarNode;
import org.readiness.document.Texts;
import org.readiness.facts.FactSetReader;
import org.readiness.model.Criterion;
import org.readiness.model.FactSet;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.RuleInfo;
import org.readiness.model.Status;
import org.readiness.model.UncertainField;
import org.readiness.model.Verdict;

/**
 * Reads rule tests ({@code tests/*.yaml}) and makes each case ready to run: its fact set read and
 * validated, its overrides applied, its expectations checked against the criteria and rules that
 * exist. Every problem in every file is reported at once, each with its file, line and field path.
 *
 * <pre>
 * facts: ../facts/scenario-all-preconditions-met.yaml   # the base fact set of every case (optional)
 * cases:
 *   - name: a genuine ceasefire is met
 *     expect: {ceasefire: MET, fired: [Genuine ceasefire holding]}
 *   - name: scope                                          # a table: one case per row
 *     columns: [Ceasefire.scope, ceasefire, fired]
 *     rows:
 *       - [none, NOT_MET, No ceasefire]
 *       - [partial, NOT_MET, Ceasefire limited in scope]
 * </pre>
 */
public final class TestSuiteReader {

    /** Keys of a case's {@code expect} and columns of a table that are not criterion ids or overrides. */
    static final String VERDICT = "verdict";
    static final String FIRED = "fired";
    static final String NOT_FIRED = "notFired";
    static final String NAME = "name";
    static final String FACTS = "facts";
    private static final List<String> TOP = List.of("facts", "cases");
    private static final List<String> CASE = List.of("name", "facts", "set", "expect", "columns", "rows");

    /** Test files read, with every problem found in them. */
    public record Loaded(List<TestSuite> suites, List<Problem> problems) {
        public Loaded {
            suites = List.copyOf(suites);
            problems = List.copyOf(problems);
        }

        public List<TestSuite> orThrow() {
            if (!problems.isEmpty()) {
                throw new ProblemException(problems);
            }
            return suites;
        }
    }

    private final Readiness readiness;
    private final Set<String> criteria = new LinkedHashSet<>();
    private final Set<String> rules = new LinkedHashSet<>();
    /** Each fact file is read once however many cases use it; empty when it is invalid (reported once). */
    private final Map<Path, Optional<FactSet>> factFiles = new HashMap<>();
    private final Map<Node, Optional<FactSet>> inlineFacts = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private TestSuiteReader(Readiness readiness) {
        this.readiness = readiness;
        readiness.criteria().stream().map(Criterion::id).forEach(criteria::add);
        readiness.rules().rules().stream().map(RuleInfo::name).forEach(rules::add);
    }

    /** Reads every test file given; never throws for bad input, which comes back as problems. */
    public static Loaded load(Readiness readiness, List<Path> files) {
        return load(readiness, files, DocumentReader::read);
    }

    /** As {@link #load(Readiness, List)}, for files already parsed ({@code readiness check} parses each document once). */
    public static Loaded load(Readiness readiness, Map<Path, Node> parsed) {
        return load(readiness, List.copyOf(parsed.keySet()), parsed::get);
    }

    private static Loaded load(Readiness readiness, List<Path> files, Function<Path, Node> roots) {
        TestSuiteReader reader = new TestSuiteReader(readiness);
        List<TestSuite> suites = new ArrayList<>();
        for (Path file : files) {
            try {
                reader.suite(file, roots.apply(file)).ifPresent(suites::add);
            } catch (ProblemException e) {
                reader.problems.addAll(e.problems());
            }
        }
        return new Loaded(suites, reader.problems);
    }

    /** A document is a test file when its top level is a mapping with {@code cases}. */
    public static boolean isTestFile(Node root) {
        return root instanceof MapNode map && map.get("cases") != null;
    }

    private Optional<TestSuite> suite(Path path, Node root) {
        String file = path.toString();
        ProblemCollector collected = new ProblemCollector();
        MappingReader top = collected.orThrow(MappingReader.of(root, "", "a test file", collected));
        top.rejectUnknown(TOP, "a test file");
        Optional<Node> baseFacts = top.get("facts", false);
        List<TestCase> cases = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        top.list("cases", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                collected.add(ProblemCode.MISSING_FIELD, list.location(), "cases", "the test file has no cases",
                        "add a case: name, facts, expect");
            }
            for (int i = 0; i < list.items().size(); i++) {
                String at = "cases[" + i + "]";
                MappingReader.of(list.items().get(i), at, "a case", collected)
                        .ifPresent(c -> testCase(path, c, baseFacts, collected).forEach(tc -> {
                            Integer first = names.putIfAbsent(tc.name(), tc.location().line());
                            if (first != null) {
                                collected.add(ProblemCode.DUPLICATE_ID, tc.location(), c.path(),
                                        "a case named '" + tc.name() + "' is already written at line " + first,
                                        "give each case, and each row of a table, its own name");
                            } else {
                                cases.add(tc);
                            }
                        }));
            }
        });
        problems.addAll(sorted(collected));
        return collected.isEmpty() ? Optional.of(new TestSuite(file, cases)) : Optional.empty();
    }

    private static List<Problem> sorted(ProblemCollector collected) {
        try {
            collected.throwIfAny();
            return List.of();
        } catch (ProblemException e) {
            return e.problems();
        }
    }

    private List<TestCase> testCase(Path file, MappingReader c, Optional<Node> baseFacts, ProblemCollector problems) {
        c.rejectUnknown(CASE, "a case");
        Optional<String> name = c.text("name", true);
        Optional<Node> factsNode = c.get("facts", false).or(() -> baseFacts);
        boolean factsColumn = c.node().get("columns") instanceof ListNode cols && cols.items().stream()
                .anyMatch(n -> n instanceof ScalarNode s && s.text().strip().equals(FACTS));
        if (factsNode.isEmpty() && !factsColumn) {
            problems.add(ProblemCode.MISSING_FIELD, c.node().location(), c.pathOf("facts"),
                    "the case names no facts, and the test file gives none for all its cases",
                    "add 'facts: ../facts/some-fact-set.yaml' to the case or the top of the file");
        }
        List<SetEntry> set = overrides(c, problems);
        int beforeExpect = problems.size();
        Expectation common = c.get("expect", false)
                .flatMap(node -> MappingReader.of(node, c.pathOf("expect"), "'expect'", problems))
                .map(e -> expectation(e, problems))
                .orElse(new Expectation(null, Map.of(), List.of(), List.of()));
        Optional<FactSet> base = factsNode.flatMap(node -> facts(file, node, problems));
        if (name.isEmpty()) {
            return List.of();
        }
        Optional<ListNode> rows = c.list("rows", false);
        if (rows.isEmpty()) {
            if (c.get("columns", false).isPresent()) {
                problems.add(ProblemCode.MISSING_FIELD, c.node().location(), c.pathOf("rows"),
                        "the case has columns but no rows", "add 'rows:', one list of cells per row");
            }
            if (common.isEmpty() && problems.size() == beforeExpect) {
                problems.add(ProblemCode.MISSING_FIELD, c.node().location(), c.pathOf("expect"),
                        "the case expects nothing", "add 'expect:' with a verdict, criterion statuses or rules that must fire");
            }
            return base.flatMap(facts -> apply(facts, set, c.node().location(), problems))
                    .map(facts -> List.of(new TestCase(file.toString(), name.get(), c.node().location(), facts, common)))
                    .orElse(List.of());
        }
        return table(file, c, name.get(), rows.get(), base, set, common, problems);
    }

    /** Each row of a table is a case: the base facts, the case's overrides, then the row's, and the merged expectations. */
    private List<TestCase> table(Path file, MappingReader c, String name, ListNode rows, Optional<FactSet> base,
                                 List<SetEntry> set, Expectation common, ProblemCollector problems) {
        List<String> columns = new ArrayList<>();
        Optional<ListNode> header = c.list("columns", true);
        header.ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                Node cell = list.items().get(i);
                String path = c.pathOf("columns") + "[" + i + "]";
                if (cell instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
                    String column = s.text().strip();
                    if (!isOverride(column) && !column.equals(NAME) && !column.equals(FACTS) && !isExpectationKey(column)) {
                        unknownKey(column, cell.location(), path, "column", problems);
                    }
                    columns.add(column);
                } else {
                    problems.add(ProblemCode.WRONG_TYPE, cell.location(), path,
                            "a column is named by text: an override (Type.field), a criterion id, verdict, fired, notFired, facts or name, not "
                                    + cell.describe(), null);
                    columns.add("?");
                }
            }
        });
        if (header.isEmpty() || columns.size() != header.get().items().size()) {
            return List.of();
        }
        List<TestCase> cases = new ArrayList<>();
        for (int r = 0; r < rows.items().size(); r++) {
            Node row = rows.items().get(r);
            String path = c.pathOf("rows") + "[" + r + "]";
            if (!(row instanceof ListNode cells)) {
                problems.add(ProblemCode.WRONG_TYPE, row.location(), path, "a row is a list of cells, one per column, not " + row.describe(),
                        "write it like [none, NOT_MET, No ceasefire]");
                continue;
            }
            if (cells.items().size() != columns.size()) {
                problems.add(ProblemCode.WRONG_TYPE, row.location(), path,
                        "the row has " + cells.items().size() + " cells but the table has " + columns.size() + " columns ("
                                + String.join(", ", columns) + ")", "give every row one cell per column; ~ leaves an expectation out");
                continue;
            }
            int before = problems.size();
            List<SetEntry> rowSet = new ArrayList<>(set);
            List<String> label = new ArrayList<>();
            String rowName = null;
            Optional<FactSet> rowBase = base;
            String factsLabel = null;
            Map<String, Node> expected = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                Node cell = cells.items().get(i);
                String cellPath = path + "[" + i + "]";
                if (isOverride(column)) {
                    String value = cell instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL ? s.text().strip() : "";
                    rowSet.add(new SetEntry(column + "=" + value, cell.location(), cellPath));
                    label.add(column + "=" + value);
                } else if (column.equals(FACTS)) {
                    rowBase = facts(file, cell, problems);
                    factsLabel = cell instanceof ScalarNode s ? Path.of(s.text().strip()).getFileName().toString() : "inline facts";
                } else if (column.equals(NAME)) {
                    rowName = cell instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL ? s.text().strip() : null;
                } else if (!(cell instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL)) {
                    expected.put(column, cell);
                }
            }
            int beforeRow = problems.size();
            Expectation rowExpect = merge(common, expectation(expected, path, problems));
            if (rowExpect.isEmpty() && problems.size() == beforeRow) {
                problems.add(ProblemCode.MISSING_FIELD, row.location(), path, "the row expects nothing",
                        "fill in a verdict, a criterion's status or a rule that must fire");
            }
            if (factsLabel != null) {
                label.add(0, factsLabel);
            }
            String rowLabel = rowName != null ? rowName : label.isEmpty() ? "row " + (r + 1) : String.join(", ", label);
            if (problems.size() > before || rowBase.isEmpty()) {
                continue;
            }
            apply(rowBase.get(), rowSet, row.location(), problems).ifPresent(facts ->
                    cases.add(new TestCase(file.toString(), name + " [" + rowLabel + "]", row.location(), facts, rowExpect)));
        }
        return cases;
    }

    /** A what-if override as a test writes it, with where, so that problems can point there. */
    private record SetEntry(String text, Location location, String path) {
    }

    private List<SetEntry> overrides(MappingReader c, ProblemCollector problems) {
        List<SetEntry> set = new ArrayList<>();
        c.get("set", false).ifPresent(node -> {
            List<Node> items = node instanceof ListNode list ? list.items() : List.of(node);
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String path = node instanceof ListNode ? c.pathOf("set") + "[" + i + "]" : c.pathOf("set");
                if (item instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
                    set.add(new SetEntry(s.text(), item.location(), path));
                } else {
                    problems.add(ProblemCode.WRONG_TYPE, item.location(), path,
                            "an override is text like 'Ceasefire.scope=comprehensive', not " + item.describe(), null);
                }
            }
        });
        return set;
    }

    /**
     * The facts with the overrides applied, each validated like a fact file; problems point into the test.
     * Facts still given as distributions are a problem of the case (at {@code at}), found with the rest
     * before any case runs: an evaluation needs one value each.
     */
    private Optional<FactSet> apply(FactSet facts, List<SetEntry> set, Location at, ProblemCollector problems) {
        FactSet result = facts;
        for (SetEntry override : set) {
            try {
                result = readiness.override(result, List.of(override.text()));
            } catch (ProblemException e) {
                for (Problem p : e.problems()) {
                    problems.add(p.code(), override.location(), override.path(),
                            (p.path() == null ? "" : p.path() + ": ") + p.message(), p.hint());
                }
                return Optional.empty();
            }
        }
        if (!result.uncertain().isEmpty()) {
            UncertainField first = result.uncertain().get(0);
            int more = result.uncertain().size() - 1;
            problems.add(ProblemCode.UNCERTAIN_FACTS, at, null, "the case's facts give " + first.path()
                    + (more == 0 ? "" : " and " + more + " more field" + (more == 1 ? "" : "s")) + " as a distribution, and a case needs one value each",
                    "settle each with 'set:', e.g. '" + first.path() + "=" + first.outcomes().get(0).value() + "'");
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /**
     * A fact file named relative to the test file, or a fact set written inline (its scenario defaults to
     * the test file's name). Each is read once, however many cases use it, so its problems show once.
     */
    private Optional<FactSet> facts(Path testFile, Node node, ProblemCollector problems) {
        if (node instanceof MapNode map) {
            return inlineFacts.computeIfAbsent(node, n -> {
                Map<String, Node> entries = new LinkedHashMap<>(map.entries());
                entries.putIfAbsent("scenario", new ScalarNode(ScalarNode.Kind.STRING, testFile.toString(), map.location()));
                try {
                    return Optional.of(FactSetReader.read(new MapNode(entries, map.location()), testFile.toString(),
                            readiness.rules().catalog()));
                } catch (ProblemException e) {
                    problems.addAll(e.problems());
                    return Optional.empty();
                }
            });
        }
        if (!(node instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.STRING) {
            problems.add(ProblemCode.WRONG_TYPE, node.location(), "facts",
                    "'facts' is a fact file (relative to the test file) or a fact set written inline, not " + node.describe(), null);
            return Optional.empty();
        }
        Path dir = testFile.toAbsolutePath().getParent();
        Path resolved = relative(dir.resolve(s.text().strip()).normalize());
        return factFiles.computeIfAbsent(resolved, p -> {
            try {
                return Optional.of(readiness.readFacts(p));
            } catch (ProblemException e) {
                if (e.problems().size() == 1 && e.problems().get(0).code().io()) {
                    Problem p0 = e.problems().get(0);
                    problems.add(p0.code(), node.location(), "facts", "the fact file " + p + ": " + p0.message(),
                            "name it relative to the test file's directory");
                } else {
                    problems.addAll(e.problems());
                }
                return Optional.empty();
            }
        });
    }

    /** Relative to the working directory when it is inside it, so that messages name files as users do. */
    private static Path relative(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private Expectation expectation(MappingReader e, ProblemCollector problems) {
        Map<String, Node> entries = new LinkedHashMap<>();
        e.node().entries().forEach((key, value) -> {
            if (!isExpectationKey(key)) {
                unknownKey(key, value.location(), e.pathOf(key), "key of 'expect'", problems);
            } else if (!(value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL)) {
                entries.put(key, value);
            }
        });
        return expectation(entries, e.path(), problems);
    }

    private Expectation expectation(Map<String, Node> entries, String path, ProblemCollector problems) {
        Verdict verdict = null;
        Map<String, Status> statuses = new LinkedHashMap<>();
        List<String> fired = new ArrayList<>();
        List<String> notFired = new ArrayList<>();
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            String key = entry.getKey();
            Node value = entry.getValue();
            String at = path + "." + key;
            if (key.equals(VERDICT)) {
                verdict = word(value, at, problems, "GO or NO_GO", Verdict.values()).orElse(null);
            } else if (key.equals(FIRED) || key.equals(NOT_FIRED)) {
                (key.equals(FIRED) ? fired : notFired).addAll(ruleNames(value, at, problems));
            } else if (criteria.contains(key)) {
                word(value, at, problems, "MET, NOT_MET or UNKNOWN", Status.values()).ifPresent(s -> statuses.put(key, s));
            }
        }
        return new Expectation(verdict, statuses, fired, notFired);
    }

    private static Expectation merge(Expectation common, Expectation row) {
        Map<String, Status> criteria = new LinkedHashMap<>(common.criteria());
        criteria.putAll(row.criteria());
        List<String> fired = new ArrayList<>(common.fired());
        fired.addAll(row.fired());
        List<String> notFired = new ArrayList<>(common.notFired());
        notFired.addAll(row.notFired());
        return new Expectation(row.verdict() != null ? row.verdict() : common.verdict(), criteria, fired, notFired);
    }

    private List<String> ruleNames(Node value, String path, ProblemCollector problems) {
        List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode s) || s.kind() == ScalarNode.Kind.NULL) {
                problems.add(ProblemCode.WRONG_TYPE, item.location(), path, "a rule is named by its name, not " + item.describe(), null);
            } else if (!rules.contains(s.text().strip())) {
                problems.add(ProblemCode.UNKNOWN_RULE, item.location(), path,
                        "no rule named \"" + s.text().strip() + "\"" + Texts.didYouMean(s.text().strip(), rules),
                        "name a rule as its 'rule \"…\"' line does");
            } else {
                names.add(s.text().strip());
            }
        }
        return names;
    }

    /** A verdict or status as written: {@code NOT_MET}, {@code not-met}, {@code NO-GO}. */
    private static <E extends Enum<E>> Optional<E> word(Node value, String path, ProblemCollector problems, String expected, E[] values) {
        if (value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            String normal = s.text().strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : values) {
                if (e.name().equals(normal)) {
                    return Optional.of(e);
                }
            }
        }
        problems.add(ProblemCode.VALUE_NOT_ALLOWED, value.location(), path, "expected " + expected + ", not " + value.describe(), null);
        return Optional.empty();
    }

    private void unknownKey(String key, Location at, String path, String what, ProblemCollector problems) {
        List<String> known = new ArrayList<>(List.of(VERDICT, FIRED, NOT_FIRED));
        known.addAll(criteria);
        problems.add(ProblemCode.UNKNOWN_CRITERION, at, path,
                "'" + key + "' is not a criterion or an expectation" + Texts.didYouMean(key, known)
                        + (what.equals("column") ? " (an override column is written Type.field)" : ""),
                "criteria: " + String.join(", ", criteria) + "; also verdict, fired, notFired");
    }

    private boolean isExpectationKey(String key) {
        return key.equals(VERDICT) || key.equals(FIRED) || key.equals(NOT_FIRED) || criteria.contains(key);
    }

    private static boolean isOverride(String column) {
        return column.contains(".");
    }
}
