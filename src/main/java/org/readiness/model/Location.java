package org.readiness.model;

/**
 * A place in a file. Lines and columns count from 1; 0 means "not known" (Drools reports some errors
 * without a column, and a whole-file problem has neither).
 */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public Location atLine(int newLine) {
        return new Location(file, newLine, 0);
    }

    /** {@code file:line:column} with unknown parts left out, as compilers print it. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
