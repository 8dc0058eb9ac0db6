package org.readiness.report.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.model.FactEdit;

/** The edits to one fact, as a briefing lists them: the fact named once, then what would change in it. */
public record FactEdits(String fact, List<EditLine> lines) {

    public FactEdits {
        lines = List.copyOf(lines);
    }

    /** Edits grouped by fact, each fact where its first edit is (edits come in fact-set order). */
    static List<FactEdits> of(List<FactEdit> edits) {
        Map<String, List<EditLine>> byFact = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (FactEdit edit : edits) {
            names.putIfAbsent(edit.fact(), Words.fact(edit.fact(), edit.type()));
            byFact.computeIfAbsent(edit.fact(), f -> new ArrayList<>()).add(EditLine.of(edit));
        }
        List<FactEdits> facts = new ArrayList<>();
        byFact.forEach((id, lines) -> facts.add(new FactEdits(names.get(id), lines)));
        return facts;
    }
}
