package org.fangkong.volunteer.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangkong.volunteer.VolunteerSkill;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The board's form to issue an order (issue #15 item 3): the place is a node or
 * {@value #POINT} with a latitude and longitude (as typed, checked by the controller);
 * the target {@code team:<id>}, {@code echelon:<n>} or {@value #PEOPLE} with the chosen
 * {@code volunteerIds}.
 */
public class OrderForm {

	static final String POINT = "point";

	static final String PEOPLE = "people";

	private String task;

	private String jurisdictionId;

	private String latitude;

	private String longitude;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime to;

	private Integer needed = 2;

	private Set<VolunteerSkill> skills = EnumSet.noneOf(VolunteerSkill.class);

	private String target;

	private List<Long> volunteerIds = new ArrayList<>();

	public String getTask() {
		return this.task;
	}

	public void setTask(String task) {
		this.task = task;
	}

	public String getJurisdictionId() {
		return this.jurisdictionId;
	}

	public void setJurisdictionId(String jurisdictionId) {
		this.jurisdictionId = jurisdictionId;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public LocalDateTime getFrom() {
		return this.from;
	}

	public void setFrom(LocalDateTime from) {
		this.from = from;
	}

	public LocalDateTime getTo() {
		return this.to;
	}

	public void setTo(LocalDateTime to) {
		this.to = to;
	}

	public Integer getNeeded() {
		return this.needed;
	}

	public void setNeeded(Integer needed) {
		this.needed = needed;
	}

	public Set<VolunteerSkill> getSkills() {
		return this.skills;
	}

	public void setSkills(Set<VolunteerSkill> skills) {
		this.skills = (skills != null) ? skills : EnumSet.noneOf(VolunteerSkill.class);
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public List<Long> getVolunteerIds() {
		return this.volunteerIds;
	}

	public void setVolunteerIds(List<Long> volunteerIds) {
		this.volunteerIds = (volunteerIds != null) ? volunteerIds : new ArrayList<>();
	}

	boolean atPoint() {
		return POINT.equals(this.jurisdictionId);
	}

	boolean toPeople() {
		return PEOPLE.equals(this.target);
	}

}
