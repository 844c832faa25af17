package org.fangkong.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and password rules (SECURITY.md AU2, AU3), under {@code fangkong.security}.
 *
 * @param passwordMinLength the shortest password accepted
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param ipFailuresPerWindow failed logins from one client address before it is throttled
 * @param ipWindow the window over which those failures are counted
 * @param tokenDefaultDays how long a personal access token lives when its owner names no
 * time
 * @param tokenMaxDays the longest life a personal access token may have (SECURITY.md AU5:
 * every token expires)
 */
@ConfigurationProperties("fangkong.security")
record SecuritySettings(int passwordMinLength, int maxFailedLogins, Duration lockout, int ipFailuresPerWindow,
		Duration ipWindow, int tokenDefaultDays, int tokenMaxDays) {

}
