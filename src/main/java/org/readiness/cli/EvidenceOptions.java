package org.readiness.cli;

import org.readiness.model.Credibility;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Reliability;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Overrides of the rule set's evidence policy (criteria.yaml), for one run. */
public final class EvidenceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer maxAgeDays;
    private Credibility minCredibility;

    @Option(names = "--min-reliability", paramLabel = "A-F",
            description = "Weakest source reliability that can support MET (Admiralty A-F; default from criteria.yaml).")
    Reliability minReliability;

    @Option(names = "--max-age", paramLabel = "DAYS",
            description = "A fact older than this, counted back from asOf, cannot make a criterion MET (default from criteria.yaml).")
    void maxAge(int days) {
        if (days < 0) {
            throw new ParameterException(spec.commandLine(), "--max-age takes a number of days, 0 or more, not " + days);
        }
        maxAgeDays = days;
    }

    @Option(names = "--min-credibility", paramLabel = "1-6",
            description = "Weakest source credibility that can support MET (Admiralty 1-6; default from criteria.yaml).")
    void minCredibility(int grade) {
        if (grade < 1 || grade > 6) {
            throw new ParameterException(spec.commandLine(), "--min-credibility takes a grade from 1 to 6, not " + grade);
        }
        minCredibility = Credibility.ofGrade(grade);
    }

    /** The rule set's policy with whatever was given on the command line in its place. */
    EvidencePolicy apply(EvidencePolicy base) {
        return new EvidencePolicy(
                maxAgeDays == null ? base.maxAgeDays() : maxAgeDays,
                minReliability == null ? base.minReliability() : minReliability,
                minCredibility == null ? base.minCredibility() : minCredibility);
    }
}
