package org.readiness.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.ListNode;
import org.readiness.document.MappingReader;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.model.Credibility;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionKind;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.ProblemCode;
import org.readiness.model.Reliability;

/**
 * Reads {@code criteria.yaml}: the criteria the rules conclude about and the rule set's evidence policy.
 *
 * <pre>
 * evidence:                    # optional; these are the defaults
 *   maxAgeDays: 90
 *   minReliability: D
 *   minCredibility: 4
 * criteria:
 *   - id: ceasefire
 *     title: Genuine ceasefire
 *     kind: precondition       # or step
 *     blocking: true           # default: true for preconditions, false for steps
 *     wording: Obtaining and maintaining a genuine ceasefire
 * </pre>
 */
final class CriteriaReader {

    /** What criteria.yaml declares. */
    record Criteria(List<Criterion> criteria, EvidencePolicy evidencePolicy) {
    }

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final ProblemCollector problems = new ProblemCollector();

    static Criteria read(RuleFile file) {
        return new CriteriaReader().parse(DocumentReader.parse(file.content(), Format.YAML, file.name()));
    }

    private Criteria parse(Node root) {
        MappingReader top = problems.orThrow(MappingReader.of(root, "", "criteria.yaml", problems));
        top.rejectUnknown(List.of("evidence", "criteria"), "criteria.yaml");
        EvidencePolicy policy = top.get("evidence", false)
                .flatMap(node -> MappingReader.of(node, "evidence", "evidence", problems))
                .map(this::policy)
                .orElse(EvidencePolicy.DEFAULT);
        List<Criterion> criteria = new ArrayList<>();
        top.list("criteria", true).ifPresent(list -> criteria.addAll(criteria(list)));
        if (criteria.isEmpty() && problems.isEmpty()) {
            problems.add(ProblemCode.MISSING_FIELD, root.location(), "criteria",
                    "no criteria are declared", "list the criteria the rules conclude about");
        }
        problems.throwIfAny();
        return new Criteria(criteria, policy);
    }

    private EvidencePolicy policy(MappingReader evidence) {
        evidence.rejectUnknown(List.of("maxAgeDays", "minReliability", "minCredibility"), "evidence");
        EvidencePolicy defaults = EvidencePolicy.DEFAULT;
        int maxAge = evidence.integer("maxAgeDays", false, 0, 36_500).orElse(defaults.maxAgeDays());
        Reliability reliability = evidence.text("minReliability", false)
                .flatMap(text -> reliability(text, evidence))
                .orElse(defaults.minReliability());
        Credibility credibility = evidence.integer("minCredibility", false, 1, 6)
                .map(Credibility::ofGrade)
                .orElse(defaults.minCredibility());
        return new EvidencePolicy(maxAge, reliability, credibility);
    }

    private static Optional<Reliability> reliability(String text, MappingReader evidence) {
        try {
            return Optional.of(Reliability.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            evidence.notAllowed("minReliability", "reliability is graded A to F, not '" + text + "'", null);
            return Optional.empty();
        }
    }

    private List<Criterion> criteria(ListNode list) {
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "criteria[" + i + "]";
            Node item = list.items().get(i);
            MappingReader.of(item, path, "a criterion", problems).ifPresent(entry -> {
                entry.rejectUnknown(List.of("id", "title", "kind", "blocking", "wording"), "a criterion");
                Optional<String> id = entry.text("id", true);
                Optional<String> title = entry.text("title", true);
                Optional<String> wording = entry.text("wording", true);
                Optional<CriterionKind> kind = entry.text("kind", true).flatMap(text -> kind(text, entry));
                Optional<Boolean> blocking = entry.bool("blocking", false);
                id.ifPresent(value -> {
                    if (!ID.matcher(value).matches()) {
                        entry.notAllowed("id", "criterion id '" + value + "' is not lower-case kebab-case",
                                "write it like 'force-safety'");
                    }
                    Integer first = seen.putIfAbsent(value, item.location().line());
                    if (first != null) {
                        problems.add(ProblemCode.DUPLICATE_ID, item.location(), entry.pathOf("id"),
                                "criterion '" + value + "' is already declared at line " + first, "give each criterion its own id");
                    }
                });
                if (id.isPresent() && title.isPresent() && wording.isPresent() && kind.isPresent()) {
                    boolean block = blocking.orElse(kind.get() == CriterionKind.PRECONDITION);
                    criteria.add(new Criterion(id.get(), title.get(), kind.get(), block, wording.get(),
                            entry.node().get("id").location()));
                }
            });
        }
        return criteria;
    }

    private static Optional<CriterionKind> kind(String text, MappingReader entry) {
        for (CriterionKind kind : CriterionKind.values()) {
            if (kind.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(kind);
            }
        }
        entry.notAllowed("kind", "kind must be 'precondition' or 'step', not '" + text + "'", null);
        return Optional.empty();
    }
}
