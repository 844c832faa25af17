package org.fangkong.notice;

/**
 * Who a notice goes to: a jurisdiction node (acknowledged by a user of that node) or a
 * work unit of the organisation (which has no accounts: the HQ records its
 * acknowledgement on its behalf, e.g. after a phone call).
 */
public enum AddresseeKind {

	NODE, UNIT

}
