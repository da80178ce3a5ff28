package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.repository.ChartStore;
import com.kpiplatform.alerting.service.delivery.ChartRenderer;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** A KPI's trend chart as a PNG. */
@ApplicationScoped
public class ChartService {

    @Inject
    ChartStore charts;

    @Inject
    ChartRenderer renderer;

    /** The chart of the current and up to {@code periods - 1} completed periods; 404 for a KPI never evaluated. */
    public byte[] png(String kpiKey, int periods) throws SQLException {
        return renderer.png(charts.series(kpiKey, periods).orElseThrow(() -> ProblemException.notFound(
                "KPI " + kpiKey + " has not been evaluated yet; its chart appears after its first evaluation.")));
    }
}
