package com.kpiplatform.support.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL COPY's text format, and sending it: bulk writes at the speed of the database. */
public final class CopyText {

    private CopyText() {
    }

    /** Runs a COPY ... FROM STDIN with the given rows, sent as one buffer. */
    public static void copy(Connection connection, String sql, CharSequence rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Appends a value with backslash, tab and line breaks escaped. */
    public static void appendEscaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
