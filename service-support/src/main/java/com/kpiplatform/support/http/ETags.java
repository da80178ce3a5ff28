package com.kpiplatform.support.http;

import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** Versions as entity tags, and the {@code If-Match} rules of every update. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code ifMatch} names the current version (or is {@code *}); answers 428 when it
     * is missing and 412 when it names another version.
     */
    public static void requireMatch(String ifMatch, long currentVersion, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Updating " + resource
                    + " requires an If-Match header with the ETag you last read, e.g. If-Match: \"" + currentVersion + "\".");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, resource + " has changed since you read it (it is now at version "
                    + currentVersion + ", If-Match named " + ifMatch.strip() + "); read it again and reapply your change.");
        }
    }

    /** Like {@link #requireMatch}, but a missing header is allowed. */
    public static void checkIfPresent(String ifMatch, long currentVersion, String resource) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireMatch(ifMatch, currentVersion, resource);
        }
    }

    private static boolean matches(String ifMatch, long version) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + version + "\"") || tag.equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }
}
