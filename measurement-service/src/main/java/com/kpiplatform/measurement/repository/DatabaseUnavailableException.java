package com.kpiplatform.measurement.repository;

import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** A read that failed in the database for a passing reason: a 503 with Retry-After, the cause in the log. */
public class DatabaseUnavailableException extends ProblemException {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableException.class);

    private DatabaseUnavailableException() {
        super(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; retry later.");
        withHeader("Retry-After", "5");
    }

    /** A 503 for a passing failure; anything else is a bug and stays an unexpected error (500). */
    public static RuntimeException of(SQLException cause) {
        if (!SqlFailures.isTransient(cause)) {
            return new IllegalStateException("Database statement failed", cause);
        }
        LOG.error("Database read failed", cause);
        return new DatabaseUnavailableException();
    }
}
