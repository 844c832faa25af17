package org.fangkong.disinfection;

/** Whether a disinfection task is still to do or done. */
public enum TaskStatus {

	OPEN, DONE

}
