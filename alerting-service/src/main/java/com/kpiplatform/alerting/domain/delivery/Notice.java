package com.kpiplatform.alerting.domain.delivery;

import java.time.Instant;

/**
 * One notification's content, fixed when it is queued: every channel renders its message from it,
 * and every retry sends the same message. A notice is about one subject's status (an alert's
 * change, a missed target), a weekly digest, or a channel test.
 */
public sealed interface Notice permits StatusNotice, DigestNotice, TestNotice {

    NoticeKind kind();

    /** One line that says it all ("OFF_TRACK: Monthly recurring revenue (sales.mrr)"). */
    String headline();

    /** A sentence or two of explanation; may be null. */
    String detail();

    /** Where to look in the frontend, when a frontend URL is configured; may be null. */
    String link();

    Instant at();
}
