package com.kpiplatform.testsupport.fuzz;

/** What the fuzzer does to a request. */
enum Mutation {
    VALID, HOSTILE_PATH, HOSTILE_QUERY, MISSING_FIELD, HOSTILE_FIELD, UNKNOWN_FIELD, DEEP_NESTING, DUPLICATE_KEYS,
    TRUNCATED, WRONG_TOP_LEVEL, WRONG_CONTENT_TYPE, EMPTY_BODY, NO_CREDENTIALS, FORGED_CREDENTIALS;

    boolean needsBody() {
        return this != VALID && this != HOSTILE_PATH && this != HOSTILE_QUERY && !aboutCredentials();
    }

    boolean aboutCredentials() {
        return this == NO_CREDENTIALS || this == FORGED_CREDENTIALS;
    }
}
