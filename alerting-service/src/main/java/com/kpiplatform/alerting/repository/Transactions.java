package com.kpiplatform.alerting.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC transactions, for the work that controls its own locks (cycles, the outbox). */
@ApplicationScoped
public class Transactions {

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
