package org.readiness.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's reason or remedy with placeholders for what the rule matched: {@code {$c.scope}} is the
 * {@code scope} field of the fact bound to {@code $c}, {@code {$c}} names that fact, {@code {$n}} prints
 * an accumulated value. Parsed once when the rules load, so evaluation only concatenates.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)(?:\\.(\\w+))?}");

    /** A placeholder: the binding and, optionally, the field of the bound fact. */
    public record Placeholder(String binding, String field) {
    }

    private final String text;
    private final List<Object> parts;

    private Template(String text, List<Object> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    public static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(text.substring(last, m.start()));
            }
            parts.add(new Placeholder(m.group(1), m.group(2)));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(text.substring(last));
        }
        return new Template(text, parts);
    }

    public List<Placeholder> placeholders() {
        return parts.stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).toList();
    }

    /** Fills the placeholders with what {@code value} returns for each binding and field. */
    public String render(BiFunction<String, String, String> value) {
        return render(value, new StringBuilder(text.length() + 32));
    }

    /**
     * The same, building the text in {@code scratch} (emptied first): an evaluation renders dozens of
     * reasons and remedies, and one buffer serves them all.
     */
    public String render(BiFunction<String, String, String> value, StringBuilder scratch) {
        if (parts.size() == 1 && parts.get(0) instanceof String only) {
            return only;
        }
        scratch.setLength(0);
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                scratch.append(value.apply(p.binding(), p.field()));
            } else {
                scratch.append((String) part);
            }
        }
        return scratch.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
