package org.readiness.rules;

import java.time.LocalDate;

/** The field types a fact file can fill in, and the Java types DRL declares them with. */
public enum FieldKind {
    /** {@code String}. */
    TEXT,
    /** {@code Boolean}: true or false (YAML's yes/no too). */
    BOOLEAN,
    /** {@code Integer} or {@code Long}. */
    INTEGER,
    /** {@code Double}. */
    DECIMAL,
    /** {@code java.time.LocalDate}, written YYYY-MM-DD. */
    DATE,
    /** A DRL enum: one of its constants, written in kebab-case ({@code energy-infrastructure}). */
    CHOICE;

    /** The kind for a declared Java type, or null when fact files cannot fill in such a field. */
    static FieldKind of(Class<?> type) {
        if (type == String.class) {
            return TEXT;
        }
        if (type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == Integer.class || type == Long.class) {
            return INTEGER;
        }
        if (type == Double.class) {
            return DECIMAL;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        return type.isEnum() ? CHOICE : null;
    }
}
