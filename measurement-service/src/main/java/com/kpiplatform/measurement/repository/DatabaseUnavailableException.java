package com.kpiplatform.measurement.repository;

import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** A read that failed in the database: a 503 with Retry-After for the client, the cause in the log. */
public class DatabaseUnavailableException extends ProblemException {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableException.class);

    public DatabaseUnavailableException(SQLException cause) {
        super(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; retry later.");
        withHeader("Retry-After", "5");
        LOG.error("Database read failed", cause);
    }
}
