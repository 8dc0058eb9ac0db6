package org.readiness.rules;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;

/**
 * Refuses rules whose nested {@code or}s would explode before Drools tries to compile them. Drools
 * rewrites a rule with {@code or} between patterns into one variant per combination of branches, so
 * {@code (A or B) and (C or D) and …} fourteen times deep is 16,384 variants and half a minute of
 * compilation; twenty deep exhausts the heap. Counting the variants from the parsed rule takes
 * microseconds.
 */
final class RuleComplexity {

    /** Far above any rule a person writes on purpose (the shipped rules have one variant each). */
    static final long MAX_VARIANTS = 256;

    private RuleComplexity() {
    }

    /** Problems for every rule that would expand into more than {@link #MAX_VARIANTS} variants. */
    static List<Problem> check(List<DrlCompiler.Parsed> files) {
        List<Problem> problems = new ArrayList<>();
        for (DrlCompiler.Parsed file : files) {
            if (file.descr() == null) {
                continue; // the compiler reports its syntax errors
            }
            for (RuleDescr rule : file.descr().getRules()) {
                long variants = variants(rule.getLhs());
                if (variants > MAX_VARIANTS) {
                    problems.add(Problem.at(ProblemCode.RULE_TOO_COMPLEX, new Location(file.file().name(), rule.getLine(), 0),
                            "rule \"" + rule.getName() + "\": its nested 'or's expand into "
                                    + (variants >= Long.MAX_VALUE / 2 ? "more than 10^18" : String.valueOf(variants))
                                    + " variants (the limit is " + MAX_VARIANTS + ")",
                            "split it into several rules, or use 'in (…)' or '||' inside one pattern"));
                }
            }
        }
        return problems;
    }

    static long variants(BaseDescr descr) {
        if (descr instanceof OrDescr or) {
            long sum = 0;
            for (BaseDescr child : or.getDescrs()) {
                sum = saturatedAdd(sum, variants(child));
            }
            return Math.max(sum, 1);
        }
        if (descr instanceof PatternDescr pattern) {
            return pattern.getSource() == null ? 1 : variants(pattern.getSource());
        }
        if (descr instanceof CollectDescr collect) {
            return variants(collect.getInputPattern());
        }
        if (descr instanceof AccumulateDescr accumulate) {
            return variants(accumulate.getInput());
        }
        if (descr instanceof ConditionalElementDescr group) {
            long product = 1;
            for (BaseDescr child : group.getDescrs()) {
                product = saturatedMultiply(product, variants(child));
            }
            return product;
        }
        return 1;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
