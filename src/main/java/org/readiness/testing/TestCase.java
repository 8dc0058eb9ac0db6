package org.readiness.testing;

import org.readiness.model.FactSet;
import org.readiness.model.Location;

/**
 * One rule test, ready to run: the fact set it evaluates (its overrides applied) and what it expects.
 *
 * @param file     the test file, as given
 * @param name     unique within the file and stable: a table row is named by its case and its overrides
 * @param location where the case (or the table row) is written
 */
public record TestCase(String file, String name, Location location, FactSet facts, Expectation expect) {

    /** How reports name the case: {@code tests/ceasefire.yaml: what makes the ceasefire not met [Ceasefire.scope=none]}. */
    public String id() {
        return file + ": " + name;
    }
}
