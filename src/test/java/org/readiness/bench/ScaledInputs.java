package org.readiness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;
import org.readiness.rules.RuleSet;

/**
 * Rule sets and fact sets many times the size of the shipped ones, for the scale benchmarks: generated
 * (from a fixed seed) into {@code target/scale/}, never committed.
 *
 * <p>Rule sets: {@code 40 × scale} rules over the shipped fact model ({@code facts.drl}), concluding about
 * one criterion per four rules (the shipped ten, then generated ones), in the shapes the shipped rules
 * have, with constraints and values drawn at random: a keyed fact with enum constraints; an unkeyed one;
 * a join of {@code Support} and {@code PublicOpinion} on the party; a count over all facts of a type; a
 * MET rule with a {@code not}; a MET rule collecting three parties' facts. Rules that name a party name
 * one of five hundred, so that a larger fact set gives more of them something to match.
 *
 * <p>Fact sets: {@code 14 × scale} facts: the article's situation, then for each further copy five more
 * parties' support, six polls and three threat assessments (the types that have keys, as real growth
 * would: more nations, more polls, more actors).
 */
public final class ScaledInputs {

    public static final Path DIR = Path.of("target", "scale");
    /** The shipped rule set has this many rules: scale 1. */
    public static final int RULES_PER_SCALE = 40;
    static final int FACTS_PER_SCALE = 14;

    private static final String[] PARTIES = {"US", "UK", "France", "Italy", "Germany"};
    private static final String[] STEPS = {"diplomacy", "goals", "resources", "unity", "contingencies"};
    private static final String[] SHIPPED_CRITERIA = {"ceasefire", "support", "mandate", "force-safety", "deterrence",
        "diplomacy", "goals", "resources", "unity", "contingencies"};
    private static final int PARTY_POOL = PARTIES.length * 100;

    /** Types with one text key, such as {@code Support[party=…]}: rules about them name one party. */
    private final List<FactTypeInfo> keyed = new ArrayList<>();
    /** Types without keys, such as {@code Ceasefire}: the fact sets have one of each. */
    private final List<FactTypeInfo> unkeyed = new ArrayList<>();
    private final FactTypeInfo support;
    private final FactTypeInfo opinion;

    private ScaledInputs(RuleSet shipped) {
        for (FactTypeInfo type : shipped.catalog().types()) {
            if (choices(type).isEmpty()) {
                continue;
            }
            if (type.keyFields().isEmpty()) {
                unkeyed.add(type);
            } else if (type.keyFields().size() == 1 && type.field(type.keyFields().get(0)).orElseThrow().kind() == FieldKind.TEXT) {
                keyed.add(type);
            }
        }
        support = shipped.catalog().type("Support").orElseThrow();
        opinion = shipped.catalog().type("PublicOpinion").orElseThrow();
    }

    /** Generates the inputs for the rule set sizes given (comma-separated) and all fact set sizes. */
    public static void main(String[] args) {
        for (String size : args[0].split(",")) {
            rules(Integer.parseInt(size.trim()));
        }
        for (int facts : new int[] {1, 10, 100}) {
            facts(facts);
        }
    }

    /** The rules directory for {@code 40 × scale} rules, generated on first use. */
    public static Path rules(int scale) {
        Path dir = DIR.resolve("rules-x" + scale);
        if (!Files.isRegularFile(dir.resolve("criteria.yaml"))) {
            new ScaledInputs(RuleSet.load(Path.of("rules"))).writeRules(dir, scale);
        }
        return dir;
    }

    /** The fact file with {@code 14 × scale} facts, generated on first use. */
    public static Path facts(int scale) {
        Path file = DIR.resolve("facts-x" + scale + ".yaml");
        if (!Files.isRegularFile(file)) {
            writeFacts(file, scale);
        }
        return file;
    }

    private void writeRules(Path dir, int scale) {
        int ruleCount = RULES_PER_SCALE * scale;
        int criterionCount = Math.max(SHIPPED_CRITERIA.length, ruleCount / 4);
        Random random = new Random(8L * scale);
        StringBuilder criteria = new StringBuilder("criteria:\n");
        List<String> ids = new ArrayList<>(List.of(SHIPPED_CRITERIA));
        for (int i = 0; i < SHIPPED_CRITERIA.length; i++) {
            criteria.append("  - {id: ").append(SHIPPED_CRITERIA[i]).append(", title: ").append(SHIPPED_CRITERIA[i])
                    .append(", kind: ").append(i < 5 ? "precondition" : "step").append(", wording: as shipped}\n");
        }
        for (int i = SHIPPED_CRITERIA.length; i < criterionCount; i++) {
            String id = "g" + i;
            ids.add(id);
            criteria.append("  - {id: ").append(id).append(", title: Generated ").append(i)
                    .append(", kind: ").append(i % 2 == 0 ? "precondition" : "step").append(", wording: generated}\n");
        }
        StringBuilder drl = new StringBuilder("package readiness;\n\nimport java.util.List;\n\n");
        for (int i = 0; i < ruleCount; i++) {
            drl.append(rule(i, ids.get(i % ids.size()), random)).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.copy(Path.of("rules", "facts.drl"), dir.resolve("facts.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("generated.drl"), drl);
            Files.writeString(dir.resolve("criteria.yaml"), criteria); // last: its presence means the set is complete
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rule(int i, String criterion, Random random) {
        String step = STEPS[random.nextInt(STEPS.length)];
        String party = party(i % PARTY_POOL);
        return switch (i % 8) {
            case 0, 5 -> {
                FactTypeInfo type = keyed.get(random.nextInt(keyed.size()));
                FieldInfo field = pick(choices(type), random);
                String key = type.keyFields().get(0);
                yield notMet(i, criterion, step, "{$x." + key + "}'s " + field.name() + " is {$x." + field.name() + "}",
                        "$x : " + type.name() + "(" + key + " == \"" + party + "\", " + in(field, random) + ")");
            }
            case 1, 6 -> {
                FactTypeInfo type = unkeyed.get(random.nextInt(unkeyed.size()));
                FieldInfo field = pick(choices(type), random);
                yield notMet(i, criterion, step, type.name() + " " + field.name() + " is {$x." + field.name() + "}",
                        "$x : " + type.name() + "(" + in(field, random) + ")");
            }
            case 2 -> notMet(i, criterion, step, "Opinion in {$p.country} is {$p.level}",
                    "$s : Support(party == \"" + party + "\", " + in(support.field("role").orElseThrow(), random) + ")\n"
                            + "    $p : PublicOpinion(country == $s.party, " + in(opinion.field("level").orElseThrow(), random) + ")");
            case 3 -> {
                FactTypeInfo type = keyed.get(random.nextInt(keyed.size()));
                FieldInfo field = pick(choices(type), random);
                yield notMet(i, criterion, step, "Only {$n} " + type.name() + " facts say " + field.name() + " is as needed",
                        "exists " + type.name() + "()\n    accumulate(" + type.name() + "(" + field.name() + " == "
                                + constant(field, random) + "); $n : count(); $n < " + (2 + random.nextInt(5)) + ")");
            }
            case 4 -> {
                FactTypeInfo type = unkeyed.get(random.nextInt(unkeyed.size()));
                FactTypeInfo other = unkeyed.get(random.nextInt(unkeyed.size()));
                FieldInfo field = pick(choices(type), random);
                yield met(i, criterion, type.name() + " " + field.name() + " is {$x." + field.name() + "}",
                        "$x : " + type.name() + "(" + field.name() + " == " + constant(field, random) + ")\n    not "
                                + other.name() + "(" + in(pick(choices(other), random), random) + ")");
            }
            default -> met(i, criterion, "{$l} are committed",
                    "$l : List(size >= 2) from collect(Support(party in (\"" + party + "\", \"" + party((i + 1) % PARTY_POOL)
                            + "\", \"" + party((i + 2) % PARTY_POOL) + "\"), political == Backing.COMMITTED))");
        };
    }

    private static String notMet(int i, String criterion, String step, String reason, String when) {
        return "rule \"G" + i + "\"\n    @criterion(\"" + criterion + "\") @concludes(\"NOT_MET\")\n    @reason(\"" + reason
                + "\")\n    @remedy(\"Change what rule G" + i + " found\") @step(\"" + step + "\")\n    @claim(\"Generated rule " + i
                + "\")\nwhen\n    " + when + "\nthen\nend\n";
    }

    private static String met(int i, String criterion, String reason, String when) {
        return "rule \"G" + i + "\"\n    @criterion(\"" + criterion + "\") @concludes(\"MET\")\n    @reason(\"" + reason
                + "\")\n    @claim(\"Generated rule " + i + "\")\nwhen\n    " + when + "\nthen\nend\n";
    }

    /** {@code field in (A, B)}: one to three of its values. */
    private static String in(FieldInfo field, Random random) {
        List<String> values = new ArrayList<>(field.choices().keySet());
        java.util.Collections.shuffle(values, random);
        List<String> chosen = values.subList(0, 1 + random.nextInt(Math.min(3, values.size())));
        return field.name() + " in (" + String.join(", ", chosen.stream().map(v -> constant(field, v)).toList()) + ")";
    }

    private static String constant(FieldInfo field, Random random) {
        List<String> values = new ArrayList<>(field.choices().keySet());
        return constant(field, values.get(random.nextInt(values.size())));
    }

    private static String constant(FieldInfo field, String spelled) {
        return field.javaType().getSimpleName() + "." + ((Enum<?>) field.choices().get(spelled)).name();
    }

    private static List<FieldInfo> choices(FactTypeInfo type) {
        return type.fields().values().stream().filter(f -> f.kind() == FieldKind.CHOICE).toList();
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** The article's parties, then {@code US-2}, {@code UK-2}, … up to copy 100. */
    static String party(int index) {
        int copy = index / PARTIES.length;
        return PARTIES[index % PARTIES.length] + (copy == 0 ? "" : "-" + (copy + 1));
    }

    private static void writeFacts(Path file, int scale) {
        Random random = new Random(14L * scale);
        StringBuilder yaml = new StringBuilder();
        try {
            String article = Files.readString(Path.of("facts", "2025-03-coalition-planning.yaml"));
            yaml.append(article.replace("scenario: Coalition of the willing, planning in March 2025",
                    "scenario: The article's situation, " + scale + " times the facts"));
            if (!yaml.toString().endsWith("\n")) {
                yaml.append('\n');
            }
            String[] backing = {"committed", "conditional", "hesitant", "uncertain", "opposed"};
            String[] levels = {"strong-support", "majority-support", "divided", "low", "opposed"};
            String[] stances = {"accepts", "tolerates", "opposes", "threatens"};
            String[] risks = {"low", "moderate", "high", "severe"};
            String[] sources = {"article", "kremlin-statement", "pew-poll", "northwood-meeting", "romanenko"};
            for (int copy = 1; copy < scale; copy++) {
                for (int p = 0; p < PARTIES.length; p++) {
                    yaml.append("  - type: Support\n    party: ").append(party(copy * PARTIES.length + p))
                            .append("\n    role: ").append(p == 0 ? "backstop" : p <= 2 ? "lead" : "member")
                            .append("\n    political: ").append(backing[random.nextInt(backing.length)])
                            .append("\n    financial: ").append(backing[random.nextInt(backing.length)])
                            .append("\n    sources: [").append(sources[random.nextInt(sources.length)]).append("]\n");
                }
                for (int p = 0; p < 3; p++) {
                    for (String topic : new String[] {"troop-deployment", "humanitarian-aid"}) {
                        yaml.append("  - type: PublicOpinion\n    country: ").append(party(copy * PARTIES.length + p))
                                .append("\n    topic: ").append(topic)
                                .append("\n    level: ").append(levels[random.nextInt(levels.length)])
                                .append("\n    sources: [pew-poll]\n");
                    }
                }
                for (String actor : new String[] {"Russia", "Belarus", "Iran"}) {
                    yaml.append("  - type: ThreatAssessment\n    actor: ").append(actor).append('-').append(copy + 1)
                            .append("\n    stance: ").append(stances[random.nextInt(stances.length)])
                            .append("\n    escalationRisk: ").append(risks[random.nextInt(risks.length)])
                            .append("\n    sources: [").append(sources[random.nextInt(sources.length)]).append("]\n");
                }
            }
            Files.createDirectories(file.getParent());
            Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), yaml);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
