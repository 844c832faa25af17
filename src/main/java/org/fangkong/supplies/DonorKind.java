package org.fangkong.supplies;

/** Who gave: an organisation, a company or a person. */
public enum DonorKind {

	ORGANISATION, COMPANY, INDIVIDUAL

}
