package org.fangkong.demo;

import java.util.List;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.notice.NewNotice;
import org.fangkong.notice.NoticeSeeding;
import org.fangkong.notice.Notices;
import org.fangkong.notice.Urgency;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo HQ notices (issue #17 item 4): an urgent notice to every township and two
 * units, acknowledged by 铁力镇 and recorded for one unit, and a newer one 铁力镇 has not
 * acknowledged yet. Issued by the demo commander through the notice module, marked as
 * demo.
 */
@Component
@Profile("demo")
@Order(31)
class DemoNotices implements ApplicationRunner {

	private final NoticeSeeding seeding;

	private final Notices notices;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final DemoActors demo;

	DemoNotices(NoticeSeeding seeding, Notices notices, Jurisdictions jurisdictions, Organisation organisation,
			DemoActors demo) {
		this.seeding = seeding;
		this.notices = notices;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Actor commander = this.demo.actor("commander");
		Actor township = this.demo.actor("township");
		if (commander == null || township == null || this.seeding.seeded()) {
			return;
		}
		List<Long> townships = this.jurisdictions.children(commander, commander.jurisdictionId())
			.stream()
			.map(JurisdictionView::id)
			.toList();
		List<Long> units = this.organisation.units().stream().limit(2).map((u) -> u.id()).toList();
		long first = this.seeding.issue(commander, new NewNotice("关于进一步加强卡点疫情防控工作的紧急通知",
				"各乡镇、各单位：\n一、所有卡点实行24小时值守，严格登记、测温。\n二、外地车辆一律劝返。\n三、请于今日18时前签收本通知。", Urgency.URGENT, townships, units));
		this.notices.acknowledge(township, first, null);
		long unitAddressee = this.notices.get(commander, first)
			.addressees()
			.stream()
			.filter((a) -> a.kind() == org.fangkong.notice.AddresseeKind.UNIT)
			.findFirst()
			.orElseThrow()
			.id();
		this.notices.acknowledge(commander, first, unitAddressee);
		this.seeding.issue(commander, new NewNotice("关于做好防控物资发放登记的通知", "各乡镇：请于收到物资后在平台“物资签收”中确认，并做好发放台账。",
				Urgency.NORMAL, List.of(township.jurisdictionId()), List.of()));
	}

}
