package org.readiness.report;

import java.util.List;
import org.readiness.model.Assessment;

/** Turns assessments into one output format. One implementation per format, chosen by {@link OutputFormat}. */
public interface Renderer {

    /** The whole document for these assessments, in the order given. */
    String render(List<Assessment> assessments);
}
