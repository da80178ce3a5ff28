package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.kpi.Objective.KeyResult;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.alerting.domain.kpi.Profile;

/** What a key result's STATUS alert observes: the status its objective's service computed, as a severity. */
public final class KeyResultJudge {

    private KeyResultJudge() {
    }

    public static Observation observe(Objective objective, KeyResult keyResult) {
        Objective.Standing standing = keyResult.standing();
        Severity bad = switch (standing.status()) {
            case "AT_RISK" -> Severity.WARNING;
            case "OFF_TRACK" -> Severity.CRITICAL;
            default -> null;
        };
        String detail = "%s: progress %s where %s was expected by now".formatted(standing.status(), standing.progress(),
                objective.expectedProgress()) + (standing.confidence() == null ? "" : ", confidence " + standing.confidence());
        return new Observation(new AlertKey(AlertKind.STATUS, SubjectType.KEY_RESULT, Long.toString(keyResult.id()),
                objective.period()), objective.title() + " / " + keyResult.title(), Profile.ofTeam(objective.ownerTeam()),
                new Condition(standing.status(), bad, bad == null, standing.current(), standing.target(), null, null, detail));
    }
}
