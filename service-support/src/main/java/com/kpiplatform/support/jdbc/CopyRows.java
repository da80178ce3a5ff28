package com.kpiplatform.support.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rows in COPY's text format, built value by value: nulls as {@code \N}, text escaped, arrays as literals. */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder();
    private boolean first = true;

    public CopyRows value(Object value) {
        if (!first) {
            text.append('\t');
        }
        first = false;
        if (value == null) {
            text.append("\\N");
        } else {
            CopyText.appendEscaped(text, value.toString());
        }
        return this;
    }

    /** A text array, each element quoted. */
    public CopyRows array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; values != null && i < values.size(); i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return value(literal.append('}'));
    }

    public CopyRows endRow() {
        text.append('\n');
        first = true;
        return this;
    }

    /** Sends the rows with {@code COPY table (columns) FROM STDIN}. */
    public void copy(Connection connection, String copySql) throws SQLException {
        CopyText.copy(connection, copySql, text);
    }
}
