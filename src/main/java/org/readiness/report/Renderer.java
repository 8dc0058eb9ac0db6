package org.readiness.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;

/**
 * Turns assessments, or the comparison of two ({@code readiness diff}), into one output format. One
 * implementation per format, chosen by {@link OutputFormat}: a format renders both documents, so that
 * {@code evaluate} and {@code diff} offer the same formats, and a briefing of a diff shares the page, the
 * words and the escaping of a briefing of assessments.
 */
public interface Renderer {

    /** The whole document for these assessments, in the order given. */
    String render(List<Assessment> assessments);

    /** The whole document for what changed between two fact sets and how the assessment moved. */
    String render(AssessmentDiff diff);

    /** {@link #render(List)} as UTF-8, as the service sends it; a format that can write bytes directly does. */
    default byte[] renderUtf8(List<Assessment> assessments) {
        return render(assessments).getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #render(AssessmentDiff)} as UTF-8. */
    default byte[] renderUtf8(AssessmentDiff diff) {
        return render(diff).getBytes(StandardCharsets.UTF_8);
    }
}
