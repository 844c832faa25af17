package org.fangkong.shared.platform;

/**
 * What an audit entry records as done. A module's codes are usually an enum that
 * implements this; the audit page shows each as the words of message key
 * {@code audit.action.<code>}. Codes are stored as text and never renamed.
 */
public interface AuditCode {

	/** The stored code, upper case, unique across the platform. */
	String name();

}
