package org.fangkong.jurisdiction;

/**
 * The cadre responsible for a node (包保责任人): for a township a city leader, for a village a
 * township leader, for a group a village-committee member, for a household a village
 * cadre (R-GRID-2).
 */
public record ResponsiblePerson(String name, String title, String phone) {

	public static ResponsiblePerson of(String name, String title, String phone) {
		return (name == null || name.isBlank()) ? null : new ResponsiblePerson(name, title, phone);
	}

}
