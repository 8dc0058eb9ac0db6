package org.readiness.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.readiness.check.CheckFormat;
import org.readiness.report.OutputFormat;
import org.readiness.report.SweepFormat;
import org.readiness.testing.TestFormat;

/**
 * A format option's values as users type them ({@code text}, {@code json}…), for help and completion:
 * picocli would otherwise list the enum's constants in capitals. Each option names its subclass.
 */
abstract class FormatNames implements Iterable<String> {

    private final Enum<?>[] formats;

    FormatNames(Enum<?>[] formats) {
        this.formats = formats;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(formats).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }

    static final class Output extends FormatNames {
        Output() {
            super(OutputFormat.values());
        }
    }

    static final class Check extends FormatNames {
        Check() {
            super(CheckFormat.values());
        }
    }

    static final class Test extends FormatNames {
        Test() {
            super(TestFormat.values());
        }
    }

    static final class Sweep extends FormatNames {
        Sweep() {
            super(SweepFormat.values());
        }
    }
}
