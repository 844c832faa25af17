package org.fangkong.publicity;

import java.util.List;

import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R-PUB-1, R-PUB-2 as rules: a draft needs a title, a body and known channels (every
 * broken rule at once); a body keeps its lines; only a commander decides, only a
 * publicity officer writes.
 */
class ReleaseRulesTests {

	@Test
	void aDraftNeedsATitleABodyAndKnownChannelsAndKeepsItsLines() {
		ReleaseRules.Valid valid = ReleaseRules
			.check(new ReleaseRequest("通告", "第一行\r\n第二行\t完", List.of("WECHAT", "TV", "WECHAT")));
		assertThat(valid.body()).isEqualTo("第一行\n第二行\t完");
		assertThat(valid.channelText()).isEqualTo("TV,WECHAT");
		assertThatThrownBy(() -> ReleaseRules.check(new ReleaseRequest(" ", "a\u0007", List.of("RADIO"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
						.containsExactlyInAnyOrder("title", "body", "channels"));
	}

	@Test
	void onlyACommanderDecidesAndOnlyAPublicityOfficerWrites() {
		Actor officer = new Actor(1L, "publicity", "宣传", java.util.Set.of(Role.PUBLICITY_OFFICER), 1L, null);
		Actor commander = new Actor(2L, "commander", "指挥", java.util.Set.of(Role.COMMANDER), 1L, null);
		assertThatThrownBy(() -> ReleaseRules.requireCommander(officer)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> ReleaseRules.requireAuthor(commander)).isInstanceOf(ForbiddenException.class);
		ReleaseRules.requireCommander(commander);
		ReleaseRules.requireAuthor(officer);
		ReleaseRules.requireReader(officer);
		ReleaseRules.requireReader(commander);
	}

}
