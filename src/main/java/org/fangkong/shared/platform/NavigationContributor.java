package org.fangkong.shared.platform;

import java.util.List;

/** A module's entries in the top menu. */
public interface NavigationContributor {

	List<NavigationEntry> navigation();

}
