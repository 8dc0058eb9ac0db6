package org.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule with an empty consequence and nothing but patterns is compiled in the MVEL dialect, which costs
 * no generated Java class; one with code a dialect compiles anywhere in its conditions, an accumulate's
 * input included, keeps the Java dialect, so that code means what its author wrote.
 */
class DialectChoiceTest {

    @TempDir
    Path dir;

    @Test
    void codeInsideAnAccumulateKeepsTheJavaDialect() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/check/votes"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("counts.drl"), """
                package check;

                rule "Many say no"
                    @criterion("consensus") @concludes("NOT_MET") @reason("Many say no") @remedy("Talk") @step("talk") @claim("test")
                when
                    accumulate(Member(vote == Vote.NO) and eval(1 + 1 == 2); $n : count(); $n > 5)
                then
                end

                rule "Many abstain"
                    @criterion("consensus") @concludes("NOT_MET") @reason("Many abstain") @remedy("Talk") @step("talk") @claim("test")
                when
                    accumulate(Member(vote == Vote.ABSTAIN); $n : count(); $n > 5)
                then
                end
                """);
        RuleSet rules = RuleSet.load(dir);
        assertEquals("java", dialect(rules, "Many say no"), "an eval in the accumulated conditions");
        assertEquals("mvel", dialect(rules, "Many abstain"), "patterns only");
    }

    private static String dialect(RuleSet rules, String rule) {
        return ((RuleImpl) rules.kieBase().getRule("check", rule)).getDialect();
    }
}
