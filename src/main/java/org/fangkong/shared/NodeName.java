package org.fangkong.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this application node in what it records for the others (issue #18: the
 * runs of scheduled jobs, the roster it solves): {@code fangkong.node-name}, or else the
 * host's name and the process id, unique among the nodes of one machine too.
 */
public final class NodeName {

	private NodeName() {
	}

	/** The configured name, or the default when it is blank. */
	public static String of(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
	}

}
