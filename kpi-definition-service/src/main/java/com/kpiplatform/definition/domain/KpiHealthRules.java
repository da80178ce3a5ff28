package com.kpiplatform.definition.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pitfalls a KPI review looks for: KPIs that are not time-bound (no target for the current
 * period), that nobody owns, that nobody reviews, whose staleness nobody would notice, that serve
 * no objective, and teams that track too many KPIs to focus on.
 */
public final class KpiHealthRules {

    public static final String NO_CURRENT_TARGET = "NO_CURRENT_TARGET";
    public static final String NO_OWNER = "NO_OWNER";
    public static final String NO_OWNER_CONTACT = "NO_OWNER_CONTACT";
    public static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";
    public static final String NO_REVIEW_CADENCE = "NO_REVIEW_CADENCE";
    public static final String NO_STALENESS_RULE = "NO_STALENESS_RULE";
    public static final String TOO_MANY_KPIS = "TOO_MANY_KPIS";
    public static final String NOT_LINKED = "NOT_LINKED";

    private KpiHealthRules() {
    }

    /** What the rules look at for one KPI. */
    public record KpiFacts(String key, Direction direction, CurrentTarget currentTarget, Ownership owner,
            ReviewHistory review, Duration staleAfter, boolean linkedToKeyResult) {
    }

    /** The period the KPI is judged in now, and whether a target (its own or the default) applies to it. */
    public record CurrentTarget(String periodKey, boolean present) {
    }

    /** Who answers for the KPI: a team, and an email that reaches them; either may be missing. */
    public record Ownership(String team, String email) {
    }

    /** How often the KPI should be reviewed (null: no cadence), when it last was (null: never), and when it was made. */
    public record ReviewHistory(ReviewCadence cadence, Instant lastReviewedAt, Instant createdAt) {
    }

    public static List<HealthFinding> findings(KpiFacts kpi, Instant now) {
        List<HealthFinding> findings = new ArrayList<>();
        if (kpi.direction() != Direction.WITHIN_RANGE && !kpi.currentTarget().present()) {
            findings.add(new HealthFinding(NO_CURRENT_TARGET, Severity.CRITICAL,
                    "No target for the current period " + kpi.currentTarget().periodKey()
                            + " and no default target: the KPI is not time-bound, so nobody can tell whether it is on track."));
        }
        if (kpi.owner().team() == null) {
            findings.add(new HealthFinding(NO_OWNER, Severity.CRITICAL,
                    "No owning team: nobody is accountable for this KPI."));
        } else if (kpi.owner().email() == null) {
            findings.add(new HealthFinding(NO_OWNER_CONTACT, Severity.WARNING,
                    "No owner email: alerts about this KPI reach no person by default."));
        }
        reviewFinding(kpi.review(), now).ifPresent(findings::add);
        if (kpi.staleAfter() == null) {
            findings.add(new HealthFinding(NO_STALENESS_RULE, Severity.INFO,
                    "No staleAfter: if integrations stop sending measurements, nobody will be told."));
        }
        if (!kpi.linkedToKeyResult()) {
            findings.add(new HealthFinding(NOT_LINKED, Severity.INFO, "Not linked to any key result of an active "
                    + "objective: a KPI that serves no objective may be irrelevant; link it or archive it."));
        }
        return findings;
    }

    public static List<HealthFinding> teamFindings(String team, long activeKpis, int limit) {
        if (activeKpis <= limit) {
            return List.of();
        }
        return List.of(new HealthFinding(TOO_MANY_KPIS, Severity.WARNING, "Team " + team + " owns " + activeKpis
                + " active KPIs, more than the " + limit + " a team can keep in focus; archive or merge some."));
    }

    private static Optional<HealthFinding> reviewFinding(ReviewHistory review, Instant now) {
        if (review.cadence() == null) {
            return Optional.of(new HealthFinding(NO_REVIEW_CADENCE, Severity.INFO,
                    "No review cadence (reviewEvery): KPIs that are never questioned drift away from what matters."));
        }
        Instant since = review.lastReviewedAt() != null ? review.lastReviewedAt() : review.createdAt();
        ZonedDateTime due = since.atZone(ZoneOffset.UTC)
                .plusMonths(review.cadence() == ReviewCadence.MONTHLY ? 1 : 3);
        if (!due.toInstant().isBefore(now)) {
            return Optional.empty();
        }
        String last = review.lastReviewedAt() == null ? "never reviewed" : "last reviewed " + review.lastReviewedAt();
        return Optional.of(new HealthFinding(REVIEW_OVERDUE, Severity.WARNING, "Review overdue since "
                + due.toInstant() + " (" + review.cadence() + " cadence, " + last + ")."));
    }
}
