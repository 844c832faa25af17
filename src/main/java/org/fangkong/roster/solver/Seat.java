package org.fangkong.roster.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.fangkong.roster.SeatKind;

/**
 * The planning entity: one seat of one shift at one checkpoint, with its own candidates
 * (the people of that checkpoint's pool with the seat's skill). Times are epoch minutes;
 * {@code restUntil} is the end plus the minimum rest, so two seats of one person
 * "overlap" in rest exactly when the rest between them is too short.
 */
@PlanningEntity
public class Seat {

	@PlanningId
	private long id;

	private long checkpointId;

	private SeatKind kind;

	private int index;

	private long start;

	private long end;

	private long restUntil;

	private boolean night;

	private int preferredEchelon;

	private List<Person> candidates;

	private int dayOfWeek;

	@PlanningVariable(valueRangeProviderRefs = "candidates")
	private Person person;

	@PlanningPin
	private boolean pinned;

	public Seat() {
	}

	public Seat(long id, long checkpointId, SeatKind kind, int index, long start, long end, long minRestMinutes,
			boolean night, int preferredEchelon, List<Person> candidates) {
		this.id = id;
		this.checkpointId = checkpointId;
		this.kind = kind;
		this.index = index;
		this.start = start;
		this.end = end;
		this.restUntil = end + minRestMinutes;
		this.night = night;
		this.preferredEchelon = preferredEchelon;
		this.candidates = candidates;
	}

	@ValueRangeProvider(id = "candidates")
	public List<Person> getCandidates() {
		return this.candidates;
	}

	public long getId() {
		return this.id;
	}

	public long getCheckpointId() {
		return this.checkpointId;
	}

	public SeatKind getKind() {
		return this.kind;
	}

	public int getIndex() {
		return this.index;
	}

	public long getStart() {
		return this.start;
	}

	public long getEnd() {
		return this.end;
	}

	public long getRestUntil() {
		return this.restUntil;
	}

	public boolean isNight() {
		return this.night;
	}

	public int getPreferredEchelon() {
		return this.preferredEchelon;
	}

	/** The ISO day of the week the shift starts on (in the city's time), 0 unknown. */
	public int getDayOfWeek() {
		return this.dayOfWeek;
	}

	public Seat onDay(int dayOfWeek) {
		this.dayOfWeek = dayOfWeek;
		return this;
	}

	public int getHours() {
		return (int) ((this.end - this.start) / 60);
	}

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	/** Whether the seat's person lacks the skill the seat needs. */
	public boolean lacksSkill() {
		return this.person != null && !this.person.has(this.kind.skill());
	}

	@Override
	public String toString() {
		return "Seat " + this.id + " " + this.kind + " @" + this.checkpointId + " " + this.start;
	}

}
