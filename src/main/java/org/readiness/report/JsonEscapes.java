package org.readiness.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.readiness.model.PlainText;

/**
 * JSON as Jackson writes it escapes the C0 controls, as JSON requires; with these escapes it also writes
 * the other characters {@link PlainText} guards against (DEL, C1 controls, the line and paragraph
 * separators, the bidirectional overrides and isolates) as {@code \}{@code uXXXX}, so that a fact set's text
 * cannot act on a terminal that shows the JSON raw ({@code curl} in a shell). The decoded strings are the
 * same.
 */
public final class JsonEscapes extends CharacterEscapes {

    public static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    /** Jackson reads this table and never writes it. */
    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    /** Asked for every character above ASCII: null writes it as it is. */
    @Override
    public SerializableString getEscapeSequence(int c) {
        return PlainText.needsEscape(c) ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
}
