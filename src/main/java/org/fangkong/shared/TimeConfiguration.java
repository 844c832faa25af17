package org.fangkong.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock, in the city's time zone (a daily report runs on local days). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${fangkong.time-zone:Asia/Shanghai}") String zone) {
		// Pages format times without naming a zone: they must show the city's local time,
		// whatever the
		// server's own zone. Storage is unaffected (hibernate.jdbc.time_zone=UTC).
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(ZoneId.of(zone)));
		return Clock.system(ZoneId.of(zone));
	}

}
