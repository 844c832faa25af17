package org.fangkong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fangkong.disinfection.DisinfectionPlan;
import org.fangkong.disinfection.PlaceRequest;
import org.fangkong.disinfection.TaskGeneration;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.publicity.IncidentRequest;
import org.fangkong.publicity.OpinionIncidents;
import org.fangkong.publicity.ReleaseRequest;
import org.fangkong.publicity.Releases;
import org.fangkong.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's disinfection plan, releases and opinion incidents (issue #16), all marked as
 * demo data: garbage points, toilets, a clinic and markets in 东岗社区, 新一村 and 铁力镇 (with a
 * closed live-poultry market), so that today has tasks; two approved releases (one for
 * the village loudspeakers), one waiting for the commander, one draft; a rumour rebutted
 * by an approved release and a high-risk incident being handled. Loaded once, through the
 * modules' APIs, as the demo users.
 */
@Component
@Profile("demo")
@Order(21)
class DemoPublicity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);

	private final DisinfectionPlan plan;

	private final TaskGeneration generation;

	private final Releases releases;

	private final OpinionIncidents incidents;

	private final Jurisdictions jurisdictions;

	private final Accounts accounts;

	private final Clock clock;

	DemoPublicity(DisinfectionPlan plan, TaskGeneration generation, Releases releases, OpinionIncidents incidents,
			Jurisdictions jurisdictions, Accounts accounts, Clock clock) {
		this.plan = plan;
		this.generation = generation;
		this.releases = releases;
		this.incidents = incidents;
		this.jurisdictions = jurisdictions;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor commander = actor("commander");
		Actor publicity = actor("publicity");
		if (commander == null || publicity == null) {
			return;
		}
		if (this.plan.places(commander).isEmpty()) {
			loadPlan(commander);
		}
		if (this.releases.list(commander, null, 0).content().isEmpty()) {
			loadReleases(commander, publicity);
		}
	}

	private void loadPlan(Actor commander) {
		Long donggang = node("东岗社区");
		Long xinyi = node("新一村");
		Long town = node("铁力镇");
		if (donggang == null || xinyi == null || town == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<PlaceRequest> places = List.of(place("东岗社区垃圾收集点（一）", "GARBAGE_POINT", donggang, "东岗社区 3 号楼北侧"),
				place("东岗社区垃圾收集点（二）", "GARBAGE_POINT", donggang, "东岗社区 8 号楼东侧"),
				place("东岗社区公共厕所", "PUBLIC_TOILET", donggang, "东岗社区广场西"),
				place("东岗社区卫生服务站", "MEDICAL_INSTITUTION", donggang, "东岗社区中街 12 号"),
				place("新一村垃圾点", "GARBAGE_POINT", xinyi, "新一村村委会南"), place("新一村公厕", "PUBLIC_TOILET", xinyi, "新一村村口"),
				place("铁力镇农贸市场", "FARMERS_MARKET", town, "铁力镇中央大街"),
				place("铁力镇露天早市", "OPEN_AIR_MARKET", town, "铁力镇站前路"), new PlaceRequest("铁力镇活禽交易市场", "POULTRY_MARKET",
						town, "铁力镇南市场路", null, null, null, today.minusDays(10), today.plusDays(30), "疫情期间关停活禽交易"));
		places.forEach((p) -> this.plan.add(commander, p, true));
		int made = this.generation.generate(today);
		log.info("Loaded {} demo disinfection places, {} tasks today", places.size(), made);
	}

	private void loadReleases(Actor commander, Actor publicity) {
		long notice = this.releases.create(publicity,
				new ReleaseRequest("关于进一步加强疫情防控工作的通告",
						"一、所有从外地返回人员须主动向所在社区（村）报告，并居家观察 14 天。\n二、出入小区、村屯一律登记测温，佩戴口罩。\n三、暂停各类聚集性活动。",
						List.of("WEBSITE", "WECHAT", "TV")),
				true);
		long loudspeaker = this.releases.create(publicity, new ReleaseRequest("村屯防疫大喇叭广播稿",
				"乡亲们：不串门、不聚会、不信谣、不传谣。\n出门戴口罩，回家勤洗手。\n有发热咳嗽，及时向村里报告。", List.of("LOUDSPEAKER", "DOUYIN")), true);
		long waiting = this.releases.create(publicity,
				new ReleaseRequest("本市新增确诊病例情况通报（草稿）", "截至今日 24 时，本市无新增确诊病例。", List.of("WEBSITE", "WECHAT")), true);
		this.releases.create(publicity,
				new ReleaseRequest("农贸市场恢复营业安排（草稿）", "农贸市场自下周一起有序恢复营业，入场一律测温登记。", List.of("WECHAT")), true);
		for (long id : List.of(notice, loudspeaker, waiting)) {
			this.releases.submit(publicity, id);
		}
		this.releases.approve(commander, notice);
		this.releases.approve(commander, loudspeaker);
		long rumour = this.incidents.report(publicity, new IncidentRequest("WECHAT", "https://example.org/demo/rumour",
				"微信群流传“铁力镇封城、超市断供”的消息，为谣言。", "HIGH", true), true);
		this.incidents.act(publicity, rumour, "核实：商超供应正常，未封城；已联系群主删除。", "HANDLING");
		this.incidents.rebut(publicity, rumour, notice);
		long open = this.incidents.report(publicity,
				new IncidentRequest("WEIBO", null, "网民反映某卡点排队时间过长，情绪激动。", "HIGH", false), true);
		this.incidents.act(publicity, open, "已转交卡点值守组，增开一条通道。", "HANDLING");
		log.info("Loaded 4 demo releases and 2 opinion incidents");
	}

	private static PlaceRequest place(String name, String kind, long node, String address) {
		return new PlaceRequest(name, kind, node, address, null, null, null, null, null, null);
	}

	private Long node(String name) {
		return this.jurisdictions.all()
			.stream()
			.filter((n) -> n.name().equals(name) && n.demo())
			.map(JurisdictionView::id)
			.findFirst()
			.orElse(null);
	}

	private Actor actor(String username) {
		return this.accounts.findByUsername(username)
			.map((u) -> new Actor(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()), u.jurisdictionId(),
					u.workingGroupId()))
			.orElse(null);
	}

}
