package org.readiness.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values with units: sizes ({@code 1MiB}, {@code 512KiB}, {@code 65536}) and durations ({@code 5s}, {@code 500ms}). */
final class Quantities {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|kib|kb|k|mib|mb|m)?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

    private Quantities() {
    }

    /** Bytes: a plain number, or with B, KiB/K (1024), KB (1000), MiB/M (1024²), MB (1000²). */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size: write e.g. 1MiB, 512KiB or 65536");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            long bytes = switch (unit) {
                case "kib", "k" -> n * 1024;
                case "kb" -> n * 1000;
                case "mib", "m" -> n * 1024 * 1024;
                case "mb" -> n * 1000 * 1000;
                default -> n;
            };
            if (bytes < 1 || bytes > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is out of range: from 1 byte to 2047MiB");
            }
            return bytes;
        }
    }

    /** A positive duration in ms, s or m. */
    static final class Time implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 5s, 500ms or 2m");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }
}
