package org.fangkong.shared;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the city's time zone ({@code fangkong.time-zone}, Asia/Shanghai by default) the
 * JVM's default before anything else starts: dates are stored and times shown in local
 * time, whatever the server's own zone, and the database driver must see the same zone
 * from its first connection.
 */
class CityTimeZone implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String zone = environment.getProperty("fangkong.time-zone", "Asia/Shanghai");
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
	}

}
