package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionResult;

/**
 * Text from fact files and rules cannot become markup: the HTML briefing contains only the tags and
 * attributes its templates write, and the Markdown briefing, parsed by a real GitHub-flavoured Markdown
 * parser, yields no HTML, no links but http(s) ones, and tables whose cells hold exactly the text given.
 * (BriefingBrowserTest shows the same in a real browser.)
 */
class BriefingEscapingTest {

    /** Every element the HTML templates write; anything else would have come from the data. */
    static final Set<String> TEMPLATE_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "section", "header", "footer",
            "article", "h1", "h2", "h3", "h4", "h5", "p", "span", "strong", "code", "abbr", "br", "a", "div", "dl", "dt", "dd", "ul", "li",
            "table", "caption", "thead", "tbody", "tr", "th", "td", "pre");
    static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
    static final List<Extension> GFM = List.of(TablesExtension.create());

    /** Each hostile assessment's briefing, and the hostile diff's. */
    static List<String> hostileDocuments(OutputFormat format) {
        Renderer renderer = format.renderer(RenderOptions.PLAIN);
        List<String> documents = new ArrayList<>();
        Hostile.both().forEach(a -> documents.add(renderer.render(List.of(a))));
        documents.add(renderer.render(Hostile.diff()));
        return documents;
    }

    /** The page's own policy and the header the service sends with it are one policy. */
    @Test
    void thePagesContentSecurityPolicyIsTheOneTheServiceSends() {
        for (String html : hostileDocuments(OutputFormat.HTML)) {
            assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + OutputFormat.BRIEFING_POLICY + "\">"),
                    "page.jte and OutputFormat.BRIEFING_POLICY differ");
        }
    }

    @Test
    void htmlHasOnlyTheTemplatesOwnTagsAndNoEventHandlers() {
        for (String html : hostileDocuments(OutputFormat.HTML)) {
            Set<String> tags = new TreeSet<>();
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                tags.add(tag.group(1).toLowerCase());
                assertFalse(EVENT_HANDLER.matcher(tag.group(2)).find(), "an event handler in " + tag.group());
            }
            assertTrue(TEMPLATE_TAGS.containsAll(tags), "tags from the data: " + tags);
            assertFalse(html.contains("<script"), "no script element");
        }
    }

    @Test
    void htmlLinksOnlyWithinItselfOrToWellFormedHttpAddresses() {
        String html = OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(List.of(Hostile.facts()));
        List<String> external = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher href = HREF.matcher(tag.group(2));
            if (href.find() && !href.group(1).startsWith("#")) {
                external.add(href.group(1));
            }
        }
        assertEquals(List.of("https://example.org/report?id=1&amp;title=&#39;onmouseover=&#39;window.__xss=1&#39;#part"), external,
                "the well-formed https address is linked, its quotes escaped; javascript:, data: and malformed addresses are not");
        assertTrue(html.contains("<span class=\"url inert\">javascript:window.__xss='url';alert(1)</span>"), "shown as text");
    }

    @Test
    void markdownParsesToNoHtmlAndNoLinksButHttp() {
        for (String markdown : hostileDocuments(OutputFormat.MARKDOWN)) {
            Node document = parse(markdown);
            List<String> raw = new ArrayList<>();
            List<String> links = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlInline html) {
                    raw.add(html.getLiteral());
                }

                @Override
                public void visit(HtmlBlock html) {
                    raw.add(html.getLiteral());
                }

                @Override
                public void visit(Link link) {
                    links.add(link.getDestination());
                    visitChildren(link);
                }
            });
            assertEquals(List.of(), raw, "no HTML reaches the Markdown");
            assertTrue(links.stream().allMatch(l -> l.startsWith("https://")), links.toString());
            String rendered = HtmlRenderer.builder().extensions(GFM).build().render(document);
            assertFalse(rendered.contains("<script") || rendered.contains("<img") || rendered.contains("<iframe")
                    || rendered.contains("<svg") || rendered.contains("<b>") || rendered.contains("href=\"javascript"), rendered);
        }
    }

    @Test
    void markdownShowsEveryPayloadVerbatimAndNoStrayHeadingsOrLists() {
        Node facts = parse(OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(List.of(Hostile.facts())));
        Node rules = parse(OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(List.of(Hostile.rules())));
        String text = text(facts) + "\n" + text(rules);
        for (String payload : Hostile.SHOWN_VERBATIM) {
            assertTrue(text.contains(payload), "not shown as written: " + payload);
        }
        List<String> headings = new ArrayList<>();
        facts.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + " " + text(heading));
            }
        });
        assertTrue(headings.stream().noneMatch(h -> h.contains("not a heading")), headings.toString());
        assertEquals(1, headings.stream().filter(h -> h.startsWith("1 ")).count(), headings.toString());
    }

    @Test
    void theDiffShowsEveryPayloadVerbatimInHtmlTextAndInMarkdown() {
        Node markdown = parse(OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(Hostile.diff()));
        String text = text(markdown);
        for (String payload : Hostile.DIFF_SHOWN_VERBATIM) {
            assertTrue(text.contains(payload), "not shown as written in Markdown: " + payload);
        }
        List<List<String>> facts = rows(tables(markdown).get(1));
        assertTrue(facts.stream().allMatch(r -> r.size() == 3), "a | in a value stays in its cell: " + facts);
        assertEquals(List.of("~ changed", "Ceasefire", "note: <svg onload=\"window.__xss='note'\"></svg> 1. not a list - not an item → "
                        + "<svg onload=\"window.__xss='changed-note'\"></svg> # changed note | cell"),
                facts.get(0), "a note's line breaks become spaces; its # and | stay text");
    }

    /** The counterfactual's edit names a fact by its hostile key: in the edit, in the criterion's own edits and in the replayed override. */
    @Test
    void aHostileKeyInsideAnEditStaysText() {
        String html = OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(List.of(Hostile.rules()));
        String escaped = "&lt;img src=x onerror=\"window.__xss='talks'\"&gt;";
        assertEquals(2, count(html, "<span class=\"fact-name\">Talks (" + escaped + ")</span>"), "in the answer and in the criterion's own edits");
        assertTrue(html.contains("    --set 'Talks[party=&lt;img src=x onerror=\"window.__xss='\\''talks'\\''\"&gt;].venue=all-parties'</code></pre>"),
                "the override is quoted for the shell, and escaped for HTML");

        Node markdown = parse(OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(List.of(Hostile.rules())));
        assertTrue(text(markdown).contains("Talks (" + Hostile.TALKS_PARTY + ")\nvenue: bilateral → all parties"), text(markdown));
        List<String> code = new ArrayList<>();
        markdown.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                code.add(block.getLiteral());
            }
        });
        assertEquals(List.of("readiness evaluate src/test/resources/briefing/hostile-rules-facts.yaml \\\n"
                + "    --set 'Talks[party=<img src=x onerror=\"window.__xss='\\''talks'\\''\">].venue=all-parties'\n"), code,
                "the replay is one code block, shown exactly: a reader can paste it into a shell");
    }

    @Test
    void markdownTableCellsHoldExactlyTheirText() {
        Assessment hostile = Hostile.rules();
        Node document = parse(OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(List.of(hostile)));
        List<List<String>> rows = new ArrayList<>();
        Node table = firstTable(document);
        for (Node row = body(table).getFirstChild(); row != null; row = row.getNext()) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(text(cell));
            }
            rows.add(cells);
        }
        CriterionResult ceasefire = hostile.criteria().get(0);
        assertEquals(List.of(ceasefire.criterion().title(), "✗ NOT MET", ceasefire.summary()), rows.get(1),
                "a | in a title or reason stays in its cell");
        assertTrue(rows.stream().allMatch(r -> r.size() == 3), rows.toString());
    }

    static List<Node> tables(Node document) {
        List<Node> tables = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock) {
                tables.add(node);
            }
        }
        return tables;
    }

    static List<List<String>> rows(Node table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node row = body(table).getFirstChild(); row != null; row = row.getNext()) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(text(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Node parse(String markdown) {
        return Parser.builder().extensions(GFM).build().parse(markdown);
    }

    static Node firstTable(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock) {
                return node;
            }
        }
        throw new AssertionError("no table");
    }

    static Node body(Node table) {
        for (Node node = table.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBody) {
                return node;
            }
        }
        throw new AssertionError("no table body");
    }

    /** The literal text of a node, as a reader sees it. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof TableRow || parent instanceof org.commonmark.node.Paragraph) {
                    out.append('\n');
                }
            }
        });
        return out.toString();
    }
}
