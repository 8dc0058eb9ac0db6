package org.readiness.server;

import java.util.List;
import java.util.Locale;
import org.readiness.document.Format;
import org.readiness.document.Texts;

/** Content negotiation: what a request body is (Content-Type) and what the client will take (Accept). */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The fact set format a Content-Type names, in strict UTF-8 (no other charset is accepted). */
    static Format bodyFormat(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException(HttpError.UNSUPPORTED_MEDIA_TYPE, "the request has no Content-Type",
                    "send the fact set with Content-Type: application/json or application/yaml");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset") && param.length == 2
                    && !unquote(param[1]).equalsIgnoreCase("utf-8")) {
                throw new ApiException(HttpError.UNSUPPORTED_MEDIA_TYPE,
                        "fact sets are read as UTF-8, not " + Texts.abbreviate(unquote(param[1]), 30), "send UTF-8");
            }
        }
        return switch (type) {
            case "application/json" -> Format.JSON;
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> Format.YAML;
            default -> type.endsWith("+json") ? Format.JSON : unsupported(type);
        };
    }

    private static Format unsupported(String type) {
        throw new ApiException(HttpError.UNSUPPORTED_MEDIA_TYPE, "a fact set cannot be read from " + Texts.abbreviate(type, 60),
                "send it as application/json or application/yaml");
    }

    /**
     * The first of {@code offered} (in the server's order of preference) with the highest quality in
     * {@code accept}; the first offered when the client states no preference.
     *
     * @throws ApiException 406 when the client accepts none of them
     */
    static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String best = null;
        double bestQuality = 0;
        for (String candidate : offered) {
            double quality = quality(accept, candidate);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw new ApiException(HttpError.NOT_ACCEPTABLE, "cannot answer in " + Texts.abbreviate(accept, 80),
                    "accept one of: " + String.join(", ", offered));
        }
        return best;
    }

    /** The quality the most specific matching range gives {@code type}: exact beats {@code type/*} beats {@code *}{@code /*}. */
    private static double quality(String accept, String type) {
        String major = type.substring(0, type.indexOf('/'));
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = name.equals(type) ? 2 : name.equals(major + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = 1;
                for (int i = 1; i < parts.length; i++) {
                    String[] param = parts[i].split("=", 2);
                    if (param[0].trim().equalsIgnoreCase("q") && param.length == 2) {
                        quality = parseQuality(param[1].trim());
                    }
                }
            }
        }
        return quality;
    }

    private static double parseQuality(String text) {
        try {
            double q = Double.parseDouble(text);
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
