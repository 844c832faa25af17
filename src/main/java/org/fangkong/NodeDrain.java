package org.fangkong;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A node that stops leaves the load balancer's pool before it stops taking requests
 * (issue #18). When the application context closes, Spring Boot reports readiness
 * {@code REFUSING_TRAFFIC} at once, so {@code /actuator/health/readiness} answers 503;
 * this lifecycle, the first to stop, then waits {@code fangkong.shutdown.drain} while the
 * node still serves, long enough for HAProxy's health checks to take it out of the pool
 * ({@code inter × fall}, see ops/haproxy/haproxy.cfg). Only then does the web server's
 * graceful shutdown ({@code server.shutdown=graceful}) refuse new connections and finish
 * the requests in flight. 0 (the default) on a single node: nobody else could take its
 * requests.
 */
@Component
class NodeDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NodeDrain.class);

	private final Duration drain;

	private volatile boolean running;

	NodeDrain(@Value("${fangkong.shutdown.drain:0s}") Duration drain) {
		this.drain = drain;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (!this.drain.isZero() && !this.drain.isNegative()) {
			log.info("leaving the load balancer's pool: serving {} more before the shutdown", this.drain);
			try {
				Thread.sleep(this.drain.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before every other lifecycle, the web server's graceful shutdown included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
