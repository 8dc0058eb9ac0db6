package org.readiness.report.briefing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which source URLs a briefing may turn into links. A fact file is untrusted: a {@code javascript:} or
 * {@code data:} URL would run or show whatever it carries when clicked, so only absolute http(s) URLs
 * with a host become links; anything else is shown as inert text.
 */
public final class Links {

    private Links() {
    }

    /** The URL to link to, or null when it must not be a link. */
    public static String web(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
