package org.fangkong.checkpoint;

/** The class of a vehicle (车辆类型). */
public enum VehicleClass {

	PRIVATE_CAR, COACH, TRUCK, OTHER

}
