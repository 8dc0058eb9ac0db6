package org.readiness.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Status;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;

/**
 * The lean evaluation the search and the sweep repeat must give the statuses the full evaluation gives:
 * on every shipped fact set, and on random variations of them (random enum and Boolean values, through
 * overrides, so that edited facts rest on the what-if source as they do in a counterfactual).
 */
class StatusEvaluatorTest {

    private final Readiness readiness = Shipped.readiness()
            .with(Shipped.readiness().options().withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));
    private final StatusEvaluator lean = new StatusEvaluator(readiness.rules(), readiness.options());

    @Test
    void leanStatusesAreTheFullEvaluationsOnEveryShippedFactSetAndRandomVariations() throws IOException {
        Random random = new Random(42);
        List<Path> files;
        try (Stream<Path> listed = Files.list(Shipped.FACTS)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            FactSet facts = readiness.readFacts(file);
            if (!facts.uncertain().isEmpty()) {
                continue;
            }
            assertSame(facts, file.toString());
            for (int i = 0; i < 30; i++) {
                List<String> overrides = randomOverrides(facts, random);
                assertSame(readiness.override(facts, overrides), file + " " + overrides);
            }
        }
    }

    private void assertSame(FactSet facts, String what) {
        Assessment full = readiness.evaluate(facts);
        Status[] expected = full.criteria().stream().map(CriterionResult::status).toArray(Status[]::new);
        assertArrayEquals(expected, lean.evaluate(facts.facts(), lean.weakness(facts), facts).statuses(), what);
    }

    /** One to four fields of random facts set to random allowed values. */
    private List<String> randomOverrides(FactSet facts, Random random) {
        List<String> overrides = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            Fact fact = facts.facts().get(random.nextInt(facts.facts().size()));
            FactTypeInfo type = readiness.rules().catalog().type(fact.type()).orElseThrow();
            List<FieldInfo> fields = type.fields().values().stream()
                    .filter(f -> !f.key() && (f.kind() == FieldKind.CHOICE || f.kind() == FieldKind.BOOLEAN)).toList();
            FieldInfo field = fields.get(random.nextInt(fields.size()));
            List<String> values = field.kind() == FieldKind.BOOLEAN ? List.of("true", "false") : field.allowed();
            overrides.add(fact.id() + "." + field.name() + "=" + values.get(random.nextInt(values.size())));
        }
        return overrides;
    }
}
