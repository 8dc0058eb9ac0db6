package org.readiness.report.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Markdown escaping and which URLs may become links, case by case. */
class MarkdownTest {

    @Test
    void inlineSyntaxIsEscapedAndEverythingFitsOnOneLine() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<b\\> \\&amp; \\~\\~h\\~\\~ \\\\", Markdown.text("a | b *c* _d_ `e` [f](g) <b> &amp; ~~h~~ \\"));
        assertEquals("one two three", Markdown.text("  one\ntwo\r\n\tthree\u2028 "));
    }

    @Test
    void blockMarkersAreEscapedOnlyWhereABlockCouldStart() {
        assertEquals("\\# not a heading", Markdown.escape("# not a heading", true));
        assertEquals("# mid-line", Markdown.escape("# mid-line", false));
        assertEquals("\\- not an item", Markdown.escape("- not an item", true));
        assertEquals("\\+ x", Markdown.escape("+ x", true));
        assertEquals("\\=== x", Markdown.escape("=== x", true));
        assertEquals("12\\. not a list", Markdown.escape("12. not a list", true));
        assertEquals("3\\) not a list", Markdown.escape("3) not a list", true));
        assertEquals("2025-03-21", Markdown.escape("2025-03-21", true), "a date is not a list marker");
        assertEquals("0.1.0", Markdown.escape("0.1.0", false));
    }

    @Test
    void onlyHttpAddressesBecomeLinksWithTheirDestinationEncoded() {
        assertEquals("[https://example.org/a\\_(b)](https://example.org/a_%28b%29)", Markdown.link("https://example.org/a_(b)", "https://example.org/a_(b)"));
        assertEquals("[x](https://example.org/caf%C3%A9?q=%27a%27)", Markdown.link("x", "https://example.org/café?q='a'"));
        assertEquals("https://example.org/a\\|b", Markdown.link("x", "https://example.org/a|b"), "not a well-formed URI: text, escaped");
        assertEquals("javascript:alert(1)", Markdown.link("x", "javascript:alert(1)"));
    }

    @Test
    void aCodeBlockKeepsEachLineOnItsLineAndCannotBeClosedByItsContent() {
        assertEquals("```sh\nreadiness evaluate a.yaml \\\n    --set 'X.y=z'\n```\n",
                Markdown.codeBlock("sh", java.util.List.of("readiness evaluate a.yaml \\", "    --set 'X.y=z'")));
        assertEquals("````\na ``` b c\n````\n", Markdown.codeBlock("", java.util.List.of("a ```\nb\rc")),
                "a fence longer than any run of backticks inside; line breaks in a value become spaces");
    }

    @Test
    void linksNeedAWellFormedHttpUrlWithAHost() {
        assertEquals("https://example.org/x", Links.web(" https://example.org/x "));
        assertEquals("HTTP://EXAMPLE.org", Links.web("HTTP://EXAMPLE.org"));
        assertNull(Links.web("JavaScript:alert(1)"));
        assertNull(Links.web("data:text/html,x"));
        assertNull(Links.web("//example.org/scheme-relative"));
        assertNull(Links.web("https:no-host"));
        assertNull(Links.web("https://example.org/\"><script>"));
        assertNull(Links.web("file:///etc/passwd"));
        assertNull(Links.web(null));
    }
}
