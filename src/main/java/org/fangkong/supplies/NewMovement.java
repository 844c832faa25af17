package org.fangkong.supplies;

/**
 * A stock movement as asked for (the API's binding shape): {@code itemId},
 * {@code fromPlaceId} (none: goods come in, from a donation when {@code donationId} is
 * given, else a purchase), {@code toPlaceId} or {@code toCheckpointId} (none: a loss),
 * {@code quantity}; {@code donationId} on a withdrawal takes the goods of that donation
 * only.
 */
public record NewMovement(Long itemId, Long fromPlaceId, Long toPlaceId, Long toCheckpointId, Long quantity,
		Long donationId, String purchaseRef, String note) {

}
