package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.repository.ChartRepository;
import com.kpiplatform.alerting.repository.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A KPI's trend chart as a PNG, for its mails and for the chart endpoint. */
@ApplicationScoped
public class ChartService {

    @Inject
    ChartRepository charts;

    @Inject
    ChartRenderer renderer;

    @Inject
    Transactions transactions;

    /** The chart of the current and up to {@code periods - 1} completed periods; empty for a KPI never evaluated. */
    public Optional<byte[]> png(String kpiKey, int periods) {
        return transactions.read(connection -> charts.series(connection, kpiKey, periods)).map(renderer::png);
    }
}
