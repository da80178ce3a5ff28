package com.kpiplatform.measurement.repository;

/** PostgreSQL COPY's text format. */
final class CopyText {

    private CopyText() {
    }

    /** Appends a value with backslash, tab and line breaks escaped. */
    static void appendEscaped(StringBuilder text, String value) {
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
