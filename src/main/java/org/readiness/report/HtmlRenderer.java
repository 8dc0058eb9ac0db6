package org.readiness.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;
import org.readiness.report.briefing.Briefing;
import org.readiness.report.briefing.DiffBriefing;

/**
 * The HTML briefing: one self-contained page to hand to a decision-maker, verdict and readiness matrix
 * first (for a diff, the verdict before and after and how each criterion moved), printable on A4. Rendered by the precompiled jte templates in {@code src/main/jte/html}, which
 * escape every value for the HTML context it lands in.
 */
final class HtmlRenderer implements Renderer {

    /** Loaded with this class, that is only when an HTML briefing is asked for: other formats never pay for it. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlRenderer.class.getClassLoader(), "org.readiness.report.briefing.html");

    @Override
    public String render(List<Assessment> assessments) {
        StringOutput out = new StringOutput(64 * 1024);
        TEMPLATES.render("briefing.jte", Briefing.of(assessments), out);
        return out.toString();
    }

    @Override
    public String render(AssessmentDiff diff) {
        StringOutput out = new StringOutput(32 * 1024);
        TEMPLATES.render("diff.jte", new DiffBriefing(diff), out);
        return out.toString();
    }
}
