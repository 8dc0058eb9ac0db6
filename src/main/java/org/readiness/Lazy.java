package org.readiness;

import java.util.function.Supplier;

/** A value made on first use, once, even when several threads ask for it at the same time. */
final class Lazy<T> {

    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
