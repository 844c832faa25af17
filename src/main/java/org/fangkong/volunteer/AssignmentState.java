package org.fangkong.volunteer;

/** One person's part in an order: proposed to them, accepted, declined, arrived, done. */
public enum AssignmentState {

	OFFERED, ACCEPTED, DECLINED, CHECKED_IN, DONE

}
