package org.fangkong.checkpoint;

/**
 * Who entered a registration: the crew at the checkpoint, the traveller by QR code
 * (confirmed by the crew), or the crew from a paper sheet later.
 */
public enum RegistrationSource {

	CREW, SELF, PAPER

}
