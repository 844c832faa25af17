package org.fangkong.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web handler whose reads may come from the streaming-replication standby (issue
 * #18): the dashboard, the ledgers, the map, the exports. Only where an operator
 * configured a replica ({@code fangkong.datasource.replica.url}) and only while it lags
 * the primary by at most {@code fangkong.datasource.replica.max-lag}; otherwise, and for
 * every write (the audit of a full read included), the primary answers. A response read
 * from the replica says how stale it may be in the header {@code X-Fangkong-Data-Lag}
 * (seconds), and its page in a notice.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsFromReplica {

}
