package org.fangkong.supplies;

import java.math.BigDecimal;
import java.util.List;

/**
 * A donation as received: the donor, whether they wish to stay anonymous in public, cash
 * ({@code amount}) or goods ({@code lines}, received into stock at {@code placeId}, a
 * warehouse).
 */
public record NewDonation(String donorName, DonorKind donorKind, Boolean anonymous, DonationKind kind,
		BigDecimal amount, Long placeId, List<Line> lines, String note) {

	/** One donated item. */
	public record Line(Long itemId, Long quantity) {

	}

}
