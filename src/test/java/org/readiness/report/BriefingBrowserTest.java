package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.browser.Chromium;
import org.readiness.browser.Page;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;

/**
 * HTML briefings in a real headless Chromium, loaded from file:// as a reader opens them: what a reader
 * sees (innerText, not the page source) of the verdict, the matrix, the counterfactual and a diff; that
 * nothing is fetched; that the pages print on A4 with the verdict and matrix (or the criteria's moves)
 * first; and that hostile facts, rules and diffs stay inert text. Screenshots and a PDF are
 * left in target/browser/ for people to look at. Without Chromium these tests are skipped, saying how to
 * install it; with CI=true (.ci/run) they fail instead.
 */
class BriefingBrowserTest {

    static final Path OUT = Path.of("target", "browser");
    /** A4 less the briefing's @page margins (14 mm left and right, 15 + 16 mm top and bottom), in CSS pixels. */
    static final int A4_WIDTH = mm(210 - 28);
    static final int A4_HEIGHT = mm(297 - 31);
    static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private static Chromium chromium;

    /** Started by the first test that needs it, so that without a browser each test reports itself skipped. */
    static synchronized Chromium chromium() {
        if (chromium == null) {
            chromium = Chromium.launch();
        }
        return chromium;
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theArticleBriefingShowsVerdictMatrixReasonsAndSources() throws IOException {
        Path file = write("briefing.html", html(Shipped.readiness().evaluate(Shipped.ARTICLE)));
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            String verdict = page.text(".verdict");
            assertTrue(verdict.contains("✗ NO-GO"), verdict);
            assertTrue(verdict.contains("5 of 5 blocking criteria are not met."), verdict);
            assertTrue(verdict.contains("Evidence against (NOT MET)\nGenuine ceasefire; Broad international support; Clear, achievable mandate"), verdict);

            assertEquals(List.of("CRITERION", "MET", "NOT MET", "UNKNOWN", "WHY"), row(page, "table.matrix thead tr"), "headings are set in capitals");
            assertEquals(List.of("Genuine ceasefire", "", "✗ NOT MET", "",
                            "The ceasefire on offer covers only energy infrastructure, short of a comprehensive ceasefire (and 3 more)"),
                    row(page, "#criterion-ceasefire", "table.matrix tbody tr"));

            String support = page.text("#criterion-support");
            assertTrue(support.contains("NOT MET: US's political backing is uncertain, and as the coalition's backstop its support is indispensable"), support);
            assertTrue(support.contains("Rule “Indispensable partner's political backing in doubt” (rules/support.drl:9) on Support[party=US]"), support);
            assertTrue(support.contains("Sources: romanenko (C3, 2025-03-21), article (C3, 2025-03-21)"), support);
            assertTrue(support.contains("Secure a firm political commitment from US step: Prioritise diplomacy"), support);

            assertEquals(List.of("pew-poll", "A2\ncompletely reliable, probably true", "2025-03-21",
                            "Pew Research Center poll on U.S. views of the war in Ukraine, as reported in the article — Pew Research Center (reported by World Today News)"),
                    row(page, "#source-pew-poll"));
            assertTrue(page.text(".record").contains("Evaluated\n2025-03-21T12:00:00Z"), page.text(".record"));

            double matrixBottom = page.evaluate("document.querySelector('table.matrix').getBoundingClientRect().bottom").asDouble();
            assertTrue(matrixBottom <= 800, "verdict and matrix fill the first screen (1280 x 800); the matrix ends at " + matrixBottom);
            assertEquals(List.of(), page.errors());
            Files.write(OUT.resolve("briefing.png"), page.screenshot(false));
            Files.write(OUT.resolve("briefing-full.png"), page.screenshot(true));
        }
    }

    @Test
    void theBriefingFetchesNothingAndReferencesNothingOutsideItself() {
        Path file = write("briefing.html", html(Shipped.readiness().evaluate(Shipped.ARTICLE)));
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            assertEquals(List.of(file.toUri().toString()), page.requests(), "only the document itself is loaded");
            assertEquals(0, page.evaluate("performance.getEntriesByType('resource').length").asInt());
            assertEquals(0, page.count("script, link, img, iframe, object, embed, video, audio, svg, base, form, [src], [srcset]"));
            assertEquals(0, page.evaluate("[...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length").asInt(),
                    "the article's sources have no URLs: every link stays in the page");
            String css = page.evaluate("[...document.styleSheets].flatMap(s => [...s.cssRules]).map(r => r.cssText).join('\\n')").asText();
            assertTrue(css.contains("@page") && !css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"),
                    "inline CSS, no fonts or images fetched");
            assertEquals(1, page.count("meta[http-equiv='Content-Security-Policy'][content^=\"default-src 'none'\"]"));
        }
    }

    @Test
    void itPrintsOnA4WithTheVerdictAndMatrixOnTheFirstPage() throws IOException {
        Path file = write("briefing.html", html(Shipped.readiness().evaluate(Shipped.ARTICLE)));
        try (Page page = chromium().newPage(A4_WIDTH, A4_HEIGHT)) {
            page.open(file.toUri());
            page.printMedia(true);
            Files.write(OUT.resolve("briefing-print-page1.png"), page.screenshot(false));
            assertFitsTheWidth(page);
            double matrixBottom = page.evaluate("document.querySelector('table.matrix').getBoundingClientRect().bottom").asDouble();
            assertTrue(matrixBottom <= A4_HEIGHT, "the matrix ends at " + matrixBottom + " px, below the first A4 page (" + A4_HEIGHT + " px)");
            assertEquals("page", page.evaluate("getComputedStyle(document.querySelector('.counterfactual')).breakBefore").asText(),
                    "what would have to change for GO opens the second page");
            byte[] pdf = page.pdf();
            Files.write(OUT.resolve("briefing.pdf"), pdf);
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("%PDF-"));
            int pages = count(PDF_PAGE.matcher(text));
            assertTrue(pages >= 3 && pages <= 12, "the article's briefing prints on a few A4 pages, not " + pages);
        }
    }

    @Test
    void severalScenariosAreComparedFirstAndPrintWithinTheWidth() throws IOException {
        List<Assessment> all = Shipped.certainFactSets().stream().map(Shipped.readiness()::evaluate).toList();
        Path file = write("comparison.html", html(all.toArray(Assessment[]::new)));
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            List<String> header = row(page, "table.comparison thead tr");
            assertEquals(all.size() + 1, header.size());
            assertEquals("Coalition of the willing, planning in March 2025", header.get(1));
            List<String> verdicts = row(page, "table.comparison .verdict-row");
            assertEquals("✗ NO-GO", verdicts.get(1));
            assertEquals("✓ GO", verdicts.get(header.indexOf(all.get(1).scenario())), "the all-preconditions-met scenario");
            List<String> takes = row(page, "table.comparison .takes-row");
            assertEquals("17 edits to 7 facts", takes.get(1));
            assertEquals("nothing: it is GO", takes.get(header.indexOf(all.get(1).scenario())));
            assertTrue(takes.contains("no GO within 24 edits"), "the missing-evidence scenario: " + takes);
            assertEquals(all.size(), page.count("section.scenario"));
            double matrixBottom = page.evaluate("document.querySelector('table.comparison').getBoundingClientRect().bottom").asDouble();
            assertTrue(matrixBottom <= 800, "the comparison fills the first screen (1280 x 800); it ends at " + matrixBottom);
            Files.write(OUT.resolve("comparison.png"), page.screenshot(false));
            page.viewport(A4_WIDTH, A4_HEIGHT);
            page.printMedia(true);
            Files.write(OUT.resolve("comparison-print.png"), page.screenshot(false));
            assertFitsTheWidth(page);
        }
    }

    @Test
    void theCounterfactualSaysInWordsWhatWouldHaveToChangeForGo() throws IOException {
        Path file = write("briefing.html", html(Shipped.readiness().evaluate(Shipped.ARTICLE)));
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            assertEquals("GO would take 17 edits to 7 facts — see What would have to change", page.text(".verdict .what-it-takes"));
            page.evaluate("document.querySelector('.what-it-takes a').click()");
            assertEquals("#what-would-have-to-change", page.evaluate("location.hash").asText());
            assertEquals(0, page.evaluate("Math.round(document.getElementById('what-would-have-to-change').getBoundingClientRect().top)").asInt(),
                    "the link takes the reader to the answer");

            assertEquals("The fewest fact edits that turn the verdict to GO: 17 edits to 7 facts.", page.text(".counterfactual .lead"));
            List<String> groups = texts(page.evaluate("[...document.querySelectorAll('.counterfactual .edit-group')].map(g => g.innerText.trim())"));
            assertEquals(5, groups.size(), groups.toString());
            assertEquals("For Genuine ceasefire 4 edits to 1 fact\nCeasefire\nscope: energy infrastructure → comprehensive\n"
                    + "agreed by: one side → all parties\nstate: proposed → holding\nconditions: unacceptable → acceptable", groups.get(0));
            assertTrue(groups.get(1).contains("Support (US)\npolitical: uncertain → committed\nfinancial: uncertain → conditional\nSupport (Italy)\n"), groups.get(1));
            assertTrue(groups.get(2).contains("achievable: not stated → yes"), groups.get(2));
            assertTrue(page.text(".counterfactual .replay").contains("    --set 'Support[party=US].political=committed' \\\n"));
            assertTrue(seen(page, "#criterion-ceasefire").contains("WHAT WOULD HAVE TO CHANGE\nNegotiate a comprehensive ceasefire"),
                    "the rules' remedies come first");
            assertTrue(seen(page, "#criterion-ceasefire").contains("The fewest fact edits that make it MET on its own: 4 edits to 1 fact, "
                    + "the same as its part of the GO answer.\nCeasefire\nscope: energy infrastructure → comprehensive"), seen(page, "#criterion-ceasefire"));
            Files.write(OUT.resolve("briefing-counterfactual.png"), page.screenshot(false));
        }
    }

    @Test
    void aDiffShowsTheVerdictAndEachCriterionBeforeAndAfterChangedOnesFirst() throws IOException {
        Readiness readiness = Shipped.readiness();
        AssessmentDiff diff = readiness.diff(readiness.readFacts(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")),
                readiness.readFacts(Shipped.FACTS.resolve("scenario-us-support-withdrawn.yaml")));
        Path file = write("diff.html", OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(diff));
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            String verdict = seen(page, ".verdict");
            assertTrue(verdict.startsWith("VERDICT\n✓ GO → ✗ NO-GO\nThe verdict changed.\n2 criteria changed status (none improved, 2 worsened)"), "[" + verdict + "]");
            assertTrue(verdict.contains("Blocking after\nNOT MET: Broad international support; Credible deterrence · UNKNOWN: none"), verdict);
            assertEquals(List.of("CRITERION", "BEFORE", "AFTER", "CHANGE"), row(page, "table.moves thead tr"));
            List<String> rows = texts(page.evaluate("[...document.querySelectorAll('table.moves tbody tr')].map(r => [...r.cells].map(c => c.innerText.trim()).join(' | '))"));
            assertEquals(List.of("Broad international support BLOCKING | ✓ MET | ✗ NOT MET | ↓ worsened",
                    "Credible deterrence BLOCKING | ✓ MET | ✗ NOT MET | ↓ worsened",
                    "Genuine ceasefire BLOCKING | ✓ MET | ✓ MET | = unchanged"), rows.subList(0, 3), "changed first, by word and symbol");
            assertEquals(10, rows.size());
            assertEquals("rgb(164, 14, 38)", page.evaluate("getComputedStyle(document.querySelector('table.moves tbody tr .change')).color").asText(),
                    "colour repeats what the word says");
            String support = seen(page, ".criteria .criterion");
            assertTrue(support.contains("− No longer found (MET): Broad backing:"), support);
            assertTrue(support.contains("+ Newly found (NOT MET): US's political backing is opposed"), support);
            List<String> facts = texts(page.evaluate("[...document.querySelectorAll('.fact-changes tbody tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())"));
            assertTrue(facts.contains("~ changed Support[party=US] political: committed → opposed financial: committed → opposed"), facts.toString());
            assertEquals(List.of(file.toUri().toString()), page.requests(), "only the document itself is loaded");
            assertEquals(1, page.count("meta[http-equiv='Content-Security-Policy'][content^=\"default-src 'none'\"]"));
            Files.write(OUT.resolve("diff.png"), page.screenshot(false));
            page.viewport(A4_WIDTH, A4_HEIGHT);
            page.printMedia(true);
            assertFitsTheWidth(page);
            double movesBottom = page.evaluate("document.querySelector('table.moves').getBoundingClientRect().bottom").asDouble();
            assertTrue(movesBottom <= A4_HEIGHT, "the verdict and the moves fit the first A4 page; they end at " + movesBottom);
            Files.write(OUT.resolve("diff-print-page1.png"), page.screenshot(false));
            byte[] pdf = page.pdf();
            Files.write(OUT.resolve("diff.pdf"), pdf);
            assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        }
    }

    @Test
    void aHostileDiffRendersAsInertText() {
        checkInert("hostile-diff.html", OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(Hostile.diff()), Hostile.DIFF_SHOWN_VERBATIM,
                List.of(), page -> assertEquals(0, page.count("a.url"), "a diff links to no source"));
    }

    @Test
    void hostileFactsAndRulesRenderAsInertText() {
        checkInert("hostile.html", html(Hostile.facts(), Hostile.rules()));
    }

    /** The Content-Security-Policy would stop scripts anyway: without it, escaping alone must. */
    @Test
    void escapingAloneKeepsThemInertWithoutTheContentSecurityPolicy() {
        String html = html(Hostile.facts(), Hostile.rules());
        String unprotected = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
        assertTrue(unprotected.length() < html.length(), "the policy was removed");
        checkInert("hostile-without-csp.html", unprotected);
    }

    private void checkInert(String name, String html) {
        checkInert(name, html, Hostile.SHOWN_VERBATIM, List.of("https://example.org/report?id=1&title='onmouseover='window.__xss=1'#part"), page -> {
            String answers = texts(page.evaluate("[...document.querySelectorAll('.counterfactual')].map(c => c.innerText)")).toString();
            assertTrue(answers.contains("Talks (" + Hostile.TALKS_PARTY + ")\nvenue: bilateral → all parties"),
                    "the hostile key is shown as written inside the edit: " + answers);
            assertTrue(answers.contains("--set 'Talks[party=<img src=x onerror=\"window.__xss='\\''talks'\\''\">].venue=all-parties'"),
                    "and in the override that replays it, quoted for the shell: " + answers);
        });
    }

    /** Nothing runs, nothing is fetched, nothing but the templates' elements exists, and each payload reads as written. */
    private void checkInert(String name, String html, List<String> verbatim, List<String> links, Consumer<Page> more) {
        Path file = write(name, html);
        try (Page page = chromium().newPage(1280, 800)) {
            page.open(file.toUri());
            assertEquals(List.of(), page.dialogs(), "no alert, confirm or prompt opened");
            assertEquals("undefined", page.evaluate("typeof window.__xss").asText(), "no injected script or handler ran");
            assertEquals(List.of(), page.errors());
            assertEquals(0, page.count("script, img, iframe, svg, object, embed, b, u"), "no element came from the data");
            assertEquals(0, page.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length").asInt(),
                    "no event handler attributes");
            assertEquals(List.of(file.toUri().toString()), page.requests(), "nothing was fetched");
            String text = page.text("body");
            for (String payload : verbatim) {
                assertTrue(text.contains(payload), "not shown as written: " + payload);
            }
            assertEquals(0, page.count("a[href^='javascript:' i], a[href^='data:' i]"), "dangerous URLs are not links");
            assertEquals(links, texts(page.evaluate("[...document.querySelectorAll('a.url')].map(a => a.getAttribute('href'))")));
            more.accept(page);
            Files.write(OUT.resolve(name.replace(".html", ".png")), page.screenshot(true));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a reader sees of the first element matching the selector, without the blank lines between blocks. */
    private static String seen(Page page, String selector) {
        return page.text(selector).replaceAll("\n{2,}", "\n");
    }

    private static void assertFitsTheWidth(Page page) {
        JsonNode widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        JsonNode widest = page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth + 0.5).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.innerText.slice(0, 60))");
        assertTrue(widths.get(0).asInt() <= widths.get(1).asInt(), "wider than an A4 page: " + widths + ", e.g. " + widest);
    }

    /** The cells of the first row matching the selectors (the first may name an anchor whose row is wanted). */
    private static List<String> row(Page page, String... selectors) {
        String find = selectors.length == 1
                ? "document.querySelector(" + quote(selectors[0]) + ")"
                : "[...document.querySelectorAll(" + quote(selectors[1]) + ")].find(r => r.querySelector('a[href=\"' + " + quote(selectors[0]) + " + '\"]'))";
        return texts(page.evaluate("[...(" + find + ").cells].map(c => c.innerText.trim())"));
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static String html(Assessment... assessments) {
        return OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(List.of(assessments));
    }

    private static Path write(String name, String content) {
        try {
            Path file = OUT.resolve(name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static int mm(int millimetres) {
        return (int) Math.floor(millimetres * 96 / 25.4);
    }
}
