package org.readiness.report.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words briefings use for facts, fields and values, case by case. */
class WordsTest {

    @Test
    void factsAreNamedByTheirTypeInWordsAndTheirKeyValuesAsWritten() {
        assertEquals("Ceasefire", Words.fact("Ceasefire", "Ceasefire"));
        assertEquals("Support (US)", Words.fact("Support[party=US]", "Support"));
        assertEquals("Public opinion (US, troop-deployment)", Words.fact("PublicOpinion[country=US,topic=troop-deployment]", "PublicOpinion"));
        assertEquals("Threat assessment (Russia)", Words.fact("ThreatAssessment[actor=Russia]", "ThreatAssessment"));
        assertEquals("Ceasefire #2", Words.fact("Ceasefire#2", "Ceasefire"));
        assertEquals("NATO guarantee (a=b, c)", Words.fact("NATOGuarantee[party=a=b, c]", "NATOGuarantee"),
                "free text keeps its = and , where they cannot be a key's");
        assertEquals("Support (<img src=x onerror=\"x\">)", Words.fact("Support[party=<img src=x onerror=\"x\">]", "Support"));
    }

    @Test
    void fieldsAndDeclaredValuesReadAsWords() {
        assertEquals("agreed by", Words.field("agreedBy"));
        assertEquals("escalation risk", Words.field("escalationRisk"));
        assertEquals("scope", Words.field("scope"));
        assertEquals("US backing", Words.field("USBacking"));
        assertEquals("energy infrastructure", Words.choice("energy-infrastructure"));
        assertEquals("yes", Words.choice(true));
        assertEquals("no", Words.choice(false));
        assertEquals("not stated", Words.choice(null));
        assertEquals("kremlin-statement, article", Words.written(List.of("kremlin-statement", "article")), "free text as written");
        assertEquals("Jean-Luc", Words.written("Jean-Luc"));
    }

    @Test
    void countsAndListsAreEnglish() {
        assertEquals("1 edit", Words.count(1, "edit"));
        assertEquals("17 edits", Words.count(17, "edit"));
        assertEquals("A", Words.and(List.of("A")));
        assertEquals("A and B", Words.and(List.of("A", "B")));
        assertEquals("Clear, achievable mandate, B and C", Words.and(List.of("Clear, achievable mandate", "B", "C")));
    }
}
