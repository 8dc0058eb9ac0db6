package org.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;
import org.readiness.document.Format;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.rules.FactCatalog;

/** How fact files are read: the quirks of YAML, and YAML and JSON being one model. */
class FactSetReaderTest {

    private final FactCatalog catalog = Shipped.readiness().rules().catalog();

    @Test
    void yamlAndJsonOfTheSameFactsAreTheSameFactSet() throws IOException {
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(Shipped.ARTICLE.toFile(), Object.class);
        String json = new ObjectMapper().writeValueAsString(tree);
        FactSet fromYaml = FactSetReader.read(Shipped.ARTICLE, catalog);
        FactSet fromJson = FactSetReader.parse(json, Format.JSON, "<json>", catalog);
        assertEquals(fromYaml.hash(), fromJson.hash());
        assertEquals(fromYaml.facts().stream().map(Fact::fields).toList(), fromJson.facts().stream().map(Fact::fields).toList());
    }

    @Test
    void anyChangeOfValueChangesTheHash() {
        String base = facts("  - type: Ceasefire\n    scope: partial\n");
        String changed = facts("  - type: Ceasefire\n    scope: comprehensive\n");
        assertNotEquals(parse(base).hash(), parse(changed).hash());
        assertEquals(parse(base).hash(), parse("# a comment changes nothing\n" + base).hash());
    }

    @Test
    void textFieldsKeepWhatWasWrittenWhereYamlWouldGuessOtherwise() {
        FactSet set = parse(facts("  - type: Support\n    party: NO\n    role: member\n"
                + "  - type: Support\n    party: 1.10\n    role: member\n"));
        assertEquals("Support[party=NO]", set.facts().get(0).id(), "Norway is not false");
        assertEquals("1.10", set.facts().get(1).fields().get("party"));
    }

    @Test
    void booleansAcceptYamlsYesAndNo() {
        assertEquals(true, parse(facts("  - type: Mandate\n    achievable: yes\n")).facts().get(0).fields().get("achievable"));
        assertEquals(false, parse(facts("  - type: Mandate\n    achievable: false\n")).facts().get(0).fields().get("achievable"));
    }

    @Test
    void enumValuesMayBeWrittenAsTheirConstants() {
        Fact fact = parse(facts("  - type: Ceasefire\n    scope: ENERGY_INFRASTRUCTURE\n")).facts().get(0);
        assertEquals("energy-infrastructure", fact.fields().get("scope"));
    }

    @Test
    void factsAreNamedByTheirKeysOrPosition() {
        FactSet set = parse(facts("  - type: Ceasefire\n    scope: partial\n  - type: Ceasefire\n    scope: none\n  - type: Mandate\n"));
        assertEquals("Ceasefire#1", set.facts().get(0).id());
        assertEquals("Ceasefire#2", set.facts().get(1).id());
        assertEquals("Mandate", set.facts().get(2).id());
    }

    @Test
    void aByteOrderMarkIsTolerated() throws IOException {
        var file = Files.createTempFile("bom", ".yaml");
        try {
            Files.write(file, ("\uFEFF" + facts("")).getBytes(StandardCharsets.UTF_8));
            assertEquals("Test", FactSetReader.read(file, catalog).scenario());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ProblemException e = assertThrows(ProblemException.class, () -> FactSetReader.parse(deep, Format.JSON, "<deep>", catalog));
        assertEquals(ProblemCode.TOO_LARGE, e.problems().get(0).code());
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceInOrder() {
        ProblemException e = assertThrows(ProblemException.class, () -> parse(facts(
                "  - type: Ceasefire\n    scope: wide\n  - type: Nope\n  - type: Mandate\n    achievable: perhaps\n")));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).location().line() < e.problems().get(2).location().line());
    }

    private FactSet parse(String yaml) {
        return FactSetReader.parse(yaml, Format.YAML, "<test>", catalog);
    }

    private static String facts(String facts) {
        return "scenario: Test\nasOf: 2025-03-21\nfacts:\n" + (facts.isEmpty() ? "  []\n" : facts);
    }
}
