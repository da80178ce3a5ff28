package com.kpiplatform.measurement.repository;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Which database failures are passing (worth a retry by the client) and which are bugs. */
public final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * Connection loss or refusal (including a database closed for maintenance), a server shutting
     * down or out of resources, a lock timeout, a deadlock or serialization failure, an exhausted
     * pool: the same request will succeed later.
     */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || state == null || state.startsWith("08") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55000") || state.equals("55P03")
                || state.equals("40001") || state.equals("40P01");
    }
}
