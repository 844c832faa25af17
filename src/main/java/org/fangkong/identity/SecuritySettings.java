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
 */
@ConfigurationProperties("fangkong.security")
record SecuritySettings(int passwordMinLength, int maxFailedLogins, Duration lockout, int ipFailuresPerWindow,
		Duration ipWindow) {

}
