package com.kpiplatform.definition.service;

import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.Caller;
import com.kpiplatform.support.security.CurrentCaller;
import com.kpiplatform.support.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The object-level rules for KPIs and objectives (and what hangs off them: targets, reviews, key
 * results, check-ins): an editor changes only what a team in their token owns and never moves it
 * to another team; what no team owns is for admins; admins change everything. A refusal names the
 * owning team. {@code kpi-platform.security.team-rules=false} switches the rules off.
 */
@ApplicationScoped
public class OwnerTeams {

    @Inject
    CurrentCaller caller;

    @Inject
    SecurityConfig config;

    /** The caller may create or change {@code what}, owned by {@code ownerTeam}, or gets a 403. */
    void requireMayChange(String what, String ownerTeam) {
        Caller current = caller.get();
        if (exempt(current) || current.belongsTo(ownerTeam)) {
            return;
        }
        String detail = ownerTeam == null
                ? what + " has no owner team, so only an admin may change it."
                : what + " is owned by team '" + ownerTeam + "', and your token lists " + teams(current)
                        + "; only that team's editors or an admin may change it.";
        throw refusal(detail, ownerTeam);
    }

    /** The caller may give {@code what} the owner team {@code to} instead of {@code from}, or gets a 403. */
    void requireMayMove(String what, String from, String to) {
        if (Objects.equals(from, to) || exempt(caller.get())) {
            return;
        }
        throw refusal(what + " is owned by team '" + from + "'; only an admin may move it to "
                + (to == null ? "no team" : "team '" + to + "'") + ".", from);
    }

    /** A 403 that names the owning team, also as the problem's {@code ownerTeam} member. */
    private static ProblemException refusal(String detail, String ownerTeam) {
        ProblemException refusal = ProblemException.forbidden(detail);
        return ownerTeam == null ? refusal : refusal.withExtension("ownerTeam", ownerTeam);
    }

    private boolean exempt(Caller current) {
        return !config.teamRules() || current.isAdmin();
    }

    private static String teams(Caller current) {
        return current.teams().isEmpty() ? "no teams" : "the teams " + String.join(", ", new TreeSet<>(current.teams()));
    }
}
