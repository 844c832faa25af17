package org.fangkong.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.NewNode;
import org.fangkong.jurisdiction.NodeKind;

/**
 * A jurisdiction tree of one test's own, for tests that start without the demo data
 * (module tests): a city with one township, one village (a grid) and one household in it.
 * Codes never repeat within a run, so that tests sharing a database never see each
 * other's nodes in a scope.
 */
public record TestTree(long city, long township, long village, long household) {

	private static final AtomicInteger sequence = new AtomicInteger();

	/** Adds a fresh tree through the jurisdiction module's API. */
	public static TestTree in(JurisdictionSeeding jurisdictions) {
		String code = "MT" + sequence.incrementAndGet();
		long city = add(jurisdictions, null, code + "C", "测试市", NodeKind.CITY);
		long township = add(jurisdictions, city, code + "T", "测试镇", NodeKind.TOWNSHIP);
		long village = add(jurisdictions, township, code + "V", "测试村", NodeKind.VILLAGE);
		long household = add(jurisdictions, village, code + "H", "测试户", NodeKind.HOUSEHOLD);
		return new TestTree(city, township, village, household);
	}

	private static long add(JurisdictionSeeding jurisdictions, Long parent, String code, String name, NodeKind kind) {
		return jurisdictions.add(new NewNode(parent, code, name + code, kind, null, null, null, null, false)).id();
	}

}
