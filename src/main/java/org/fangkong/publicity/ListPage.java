package org.fangkong.publicity;

import java.util.List;

/**
 * One page of a list, newest first: {@code page} counts from 0, {@code hasNext} says
 * whether another follows ({@code fragments/paging} reads both; {@code next} is unused).
 */
public record ListPage<T>(List<T> content, int page, boolean hasNext, String next) {

	public static final int SIZE = 20;

	static <T> ListPage<T> of(List<T> fetched, int page) {
		boolean more = fetched.size() > SIZE;
		return new ListPage<>(more ? List.copyOf(fetched.subList(0, SIZE)) : List.copyOf(fetched), page, more, null);
	}

}
