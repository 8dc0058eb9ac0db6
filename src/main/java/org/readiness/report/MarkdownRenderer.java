package org.readiness.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.List;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;
import org.readiness.report.briefing.Briefing;
import org.readiness.report.briefing.DiffBriefing;
import org.readiness.report.briefing.MarkdownOutput;

/**
 * The Markdown briefing, GitHub-flavoured: a verdict line, the readiness matrix as a table, findings and
 * remedies as lists (for a diff, how each criterion moved as a table), for pasting into briefing
 * documents and issue trackers. Rendered by the precompiled jte templates in {@code src/main/jte/markdown};
 * {@link MarkdownOutput} escapes every value.
 */
final class MarkdownRenderer implements Renderer {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            MarkdownRenderer.class.getClassLoader(), "org.readiness.report.briefing.markdown");

    @Override
    public String render(List<Assessment> assessments) {
        MarkdownOutput out = new MarkdownOutput();
        TEMPLATES.render("briefing.jte", Briefing.of(assessments), out);
        return out.toString();
    }

    @Override
    public String render(AssessmentDiff diff) {
        MarkdownOutput out = new MarkdownOutput();
        TEMPLATES.render("diff.jte", new DiffBriefing(diff), out);
        return out.toString();
    }
}
