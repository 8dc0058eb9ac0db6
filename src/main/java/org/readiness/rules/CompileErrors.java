package org.readiness.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;

/**
 * Turns Drools' compile errors into problems a policy author can act on: the file, the real line and
 * column (Drools puts the column only in the text, and gives no line at all for some errors), and one
 * line of message instead of a multi-line MVEL trace.
 */
final class CompileErrors {

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) ");
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String COMPILATION_ERROR = "Rule Compilation error";
    private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$*]+)'");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern GENERATED_TYPE = Pattern.compile(" for the type Rule_\\w+");

    private CompileErrors() {
    }

    /**
     * One problem per real mistake. Drools reports the consequences of a mistake too: a syntax error
     * leaves types undeclared and parsing resumes into more syntax errors; a failed import or a duplicate
     * rule name also fails the generated Java. Only the first syntax error of each file is reported when
     * there are any (fix it and the rest usually go), and the echoes of import and duplicate-name errors
     * are dropped.
     */
    static List<Problem> problems(Iterable<? extends KnowledgeBuilderResult> errors, List<RuleFile> files) {
        Map<String, RuleFile> byName = files.stream().collect(Collectors.toMap(RuleFile::name, Function.identity()));
        List<KnowledgeBuilderResult> all = new ArrayList<>();
        errors.forEach(all::add);
        List<KnowledgeBuilderResult> syntax = all.stream()
                .filter(e -> e instanceof ParserError && !e.getMessage().contains(NULL_PACKAGE))
                .toList();
        List<Problem> problems = new ArrayList<>();
        if (!syntax.isEmpty()) {
            Set<String> reported = new LinkedHashSet<>();
            for (KnowledgeBuilderResult error : syntax) {
                if (reported.add(fileOf(error))) {
                    problems.add(problem(error, fileOf(error), byName.get(fileOf(error))));
                }
            }
            return problems;
        }
        List<String> echoed = new ArrayList<>();
        for (KnowledgeBuilderResult error : all) {
            Matcher m = IMPORT.matcher(error.getMessage());
            if (m.find()) {
                echoed.add(m.group(1));
            }
            m = DUPLICATE_RULE.matcher(error.getMessage());
            if (m.find()) {
                echoed.add(ruleClass(m.group(1)));
            }
        }
        for (KnowledgeBuilderResult error : all) {
            boolean echo = error.getMessage().startsWith(COMPILATION_ERROR)
                    && echoed.stream().anyMatch(error.getMessage()::contains);
            if (!echo) {
                problems.add(problem(error, fileOf(error), byName.get(fileOf(error))));
            }
        }
        return problems;
    }

    private static Problem problem(KnowledgeBuilderResult error, String file, RuleFile source) {
        String message = error.getMessage();
        if (error instanceof ParserError) {
            int open = unclosedQuoteLine(source);
            if (open > 0) {
                return Problem.at(ProblemCode.DRL_SYNTAX, new Location(file, open, 0),
                        "DRL syntax: a string opened on this line is never closed", "add the closing double quote");
            }
            Matcher at = LINE_COLUMN.matcher(message);
            if (at.find()) {
                Location location = new Location(file, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)) + 1);
                return Problem.at(ProblemCode.DRL_SYNTAX, location, "DRL syntax: " + oneLine(message.substring(at.end())),
                        "compare with the rules around it: a missing parenthesis, comma, quote or 'end'");
            }
        }
        int line = firstLine(error);
        String rule = null;
        if (error instanceof DescrBuildError build && build.getParentDescr() != null) {
            BaseDescr parent = build.getParentDescr();
            line = line > 0 ? line : parent.getLine();
            rule = ruleName(parent);
        }
        String within = rule == null ? "" : "rule \"" + rule + "\": ";
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            String type = simpleName(field.group(1));
            Location location = find(source, file, line, field.group(2));
            return Problem.at(ProblemCode.DRL_UNKNOWN_FIELD, location,
                    within + type + " has no field '" + field.group(2) + "'",
                    "use a field declared for " + type + " (see the declare block, or run 'readiness schema')");
        }
        Matcher imported = IMPORT.matcher(message);
        if (imported.find()) {
            return Problem.at(ProblemCode.DRL_ERROR, new Location(file, Math.max(line, 0), 0),
                    "cannot import " + imported.group(1) + ": no such class", "fix the import or remove it");
        }
        Matcher duplicate = DUPLICATE_RULE.matcher(message);
        if (duplicate.find()) {
            return Problem.at(ProblemCode.DRL_ERROR, new Location(file, Math.max(line, 0), 0),
                    "a rule named \"" + duplicate.group(1).strip() + "\" already exists in this package",
                    "give each rule its own name");
        }
        if (message.startsWith(COMPILATION_ERROR)) {
            String javaError = GENERATED_TYPE.matcher(message.substring(COMPILATION_ERROR.length())).replaceAll("");
            return Problem.at(ProblemCode.DRL_ERROR, new Location(file, Math.max(line, 0), 0),
                    within + "the consequence does not compile: " + oneLine(javaError),
                    "leave the consequence empty: the engine records which rule fired on which facts");
        }
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            Location location = find(source, file, line, simpleName(type.group(1)));
            return Problem.at(ProblemCode.DRL_ERROR, location,
                    within + "no fact type named " + type.group(1),
                    "declare it with 'declare " + simpleName(type.group(1)) + " … end' or fix the name");
        }
        return Problem.at(ProblemCode.DRL_ERROR, new Location(file, Math.max(line, 0), 0), within + oneLine(message),
                "fix the rule; 'readiness check' lists every problem at once");
    }

    /**
     * The first line with an odd number of double quotes outside comments: the parser only notices an
     * unclosed string at the end of the file, far from the mistake.
     */
    private static int unclosedQuoteLine(RuleFile source) {
        if (source == null) {
            return 0;
        }
        String[] lines = source.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf("//");
            String code = comment >= 0 && line.lastIndexOf('"', comment) < 0 ? line.substring(0, comment) : line;
            long quotes = code.replace("\\\\", "").replace("\\\"", "").chars().filter(c -> c == '"').count();
            if (quotes % 2 == 1) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where {@code word} first appears at or after {@code fromLine}; the rule's line if it does not. */
    private static Location find(RuleFile source, String file, int fromLine, String word) {
        if (source != null && fromLine > 0) {
            String[] lines = source.content().split("\n", -1);
            Pattern token = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
            for (int i = fromLine - 1; i < lines.length; i++) {
                Matcher m = token.matcher(lines[i]);
                if (m.find()) {
                    return new Location(file, i + 1, m.start() + 1);
                }
            }
        }
        return new Location(file, Math.max(fromLine, 0), 0);
    }

    private static String ruleName(BaseDescr descr) {
        return descr instanceof org.drools.drl.ast.descr.RuleDescr rule ? rule.getName() : null;
    }

    private static String fileOf(KnowledgeBuilderResult error) {
        return error.getResource() == null || error.getResource().getSourcePath() == null
                ? "rules" : error.getResource().getSourcePath();
    }

    private static int firstLine(KnowledgeBuilderResult error) {
        int[] lines = error.getLines();
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    /** The Java class Drools generates for a rule's consequence, as its compile errors name it. */
    private static String ruleClass(String ruleName) {
        return "Rule_" + ruleName.strip().replaceAll("[^\\w]", "_");
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The first line of a multi-line Drools message, which is the one that says what is wrong. */
    private static String oneLine(String message) {
        String first = message.strip().lines().findFirst().orElse(message).strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}
