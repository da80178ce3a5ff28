package com.kpiplatform.alerting.domain.alert;

import static com.kpiplatform.alerting.domain.alert.AlertEventType.CANCELLED;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.DEESCALATED;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.ESCALATED;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.FIRED;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.PENDING;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.REPEATED;
import static com.kpiplatform.alerting.domain.alert.AlertEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertLifecycleTest {

    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");

    /**
     * Runs one evaluation per minute. Steps: W (WARNING), C (CRITICAL), G (good, inside the recovery
     * margin), R (good and clear of it), A (acknowledge). Answers the events, notifying ones in capitals
     * of their name, and the final state.
     */
    private static String run(String steps, int forEvaluations, Duration repeat) {
        AlertLifecycle.Settings settings = new AlertLifecycle.Settings(forEvaluations, repeat);
        AlertLifecycle.Snapshot alert = null;
        List<String> events = new ArrayList<>();
        Instant now = START;
        for (String step : steps.split(" ")) {
            if (step.equals("A")) {
                alert = AlertLifecycle.acknowledge(alert);
                continue;
            }
            Severity bad = switch (step) {
                case "W" -> Severity.WARNING;
                case "C" -> Severity.CRITICAL;
                default -> null;
            };
            AlertLifecycle.Step result = AlertLifecycle.observe(alert, bad, step.equals("R"), now, settings);
            result.changes().forEach(c -> events.add(c.notifies() ? c.type().name() : c.type().name().toLowerCase()));
            alert = result.next();
            now = now.plus(Duration.ofMinutes(1));
        }
        return (String.join(" ", events) + " → " + (alert == null ? "none" : alert.state())).strip();
    }

    @ParameterizedTest(name = "[{0}] for {1}, repeat {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "W         | 1 | PT1H | pending FIRED → FIRING",
            "W W W     | 3 | PT1H | pending FIRED → FIRING",
            "W W       | 3 | PT1H | pending → PENDING",
            "W G       | 3 | PT1H | pending cancelled → RESOLVED",
            "W W R     | 2 | PT1H | pending FIRED RESOLVED → RESOLVED",
            "W G G G   | 1 | PT1H | pending FIRED → FIRING",
            "W G W G R | 1 | PT1H | pending FIRED RESOLVED → RESOLVED",
            "W C       | 1 | PT1H | pending FIRED ESCALATED → FIRING",
            "W C W C   | 1 | PT1H | pending FIRED ESCALATED deescalated → FIRING",
            "W W W W   | 1 | PT2M | pending FIRED REPEATED → FIRING",
            "W A W W W | 1 | PT2M | pending FIRED → FIRING",
            "W A W C   | 1 | PT2M | pending FIRED ESCALATED → FIRING",
            "W A C W W | 1 | PT2M | pending FIRED ESCALATED deescalated REPEATED → FIRING",
            "W R W     | 1 | PT1H | pending FIRED RESOLVED pending FIRED → FIRING",
            "R G       | 1 | PT1H | → none"})
    void alertsFireOnceAfterForEvaluationsEscalateRepeatAndResolveWithHysteresis(String steps, int forEvaluations,
            Duration repeat, String expected) {
        assertThat(run(steps, forEvaluations, repeat)).isEqualTo(expected);
    }
}
