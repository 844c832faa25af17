package org.fangkong.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fangkong.party.PartyBranches;
import org.fangkong.party.PartyFunds;
import org.fangkong.party.PartySeeding;
import org.fangkong.party.PartyViews.BranchKind;
import org.fangkong.party.PartyViews.BranchView;
import org.fangkong.party.PartyViews.CommendationKind;
import org.fangkong.party.PartyViews.Duty;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.FundView;
import org.fangkong.party.PartyViews.Member;
import org.fangkong.party.PartyViews.NewBranch;
import org.fangkong.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article's party organisation at the front (issue #17 item 5): 9 temporary branches
 * (the HQ office, the medical front, 7 groups of key checkpoints) with flags at their
 * checkpoints, the special fund of 100,000 yuan from party fees with a few spendings, and
 * some of the commendations. Names of people are invented; set up by the demo commander
 * through the party module, marked as demo.
 */
@Component
@Profile("demo")
@Order(32)
class DemoParty implements ApplicationRunner {

	private static final String[][] CHECKPOINT_GROUPS = { { "铁力火车站", "铁力客运站" }, { "铁力收费站", "222国道铁力南检查站" },
			{ "神树火车站", "神树收费站" }, { "桃山火车站", "桃山收费站" }, { "朗乡火车站" }, { "双丰收费站" }, { "222国道工农检查站" } };

	private static final String[] SECRETARIES = { "韩立新", "孙永军", "赵德明", "刘春华", "马晓东", "吴桂兰", "周文斌", "郑玉梅", "陈国庆" };

	private final PartySeeding seeding;

	private final PartyBranches branches;

	private final PartyFunds funds;

	private final DemoActors demo;

	DemoParty(PartySeeding seeding, PartyBranches branches, PartyFunds funds, DemoActors demo) {
		this.seeding = seeding;
		this.branches = branches;
		this.funds = funds;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Actor commander = this.demo.actor("commander");
		if (commander == null || this.seeding.seeded()) {
			return;
		}
		LocalDate founded = LocalDate.of(2020, 1, 27);
		branch(commander, "指挥部机关临时党支部", BranchKind.HQ_OFFICE, "市疫情防控指挥部", founded, 0);
		branch(commander, "医疗救治一线临时党支部", BranchKind.MEDICAL, "市人民医院、发热门诊", founded, 1);
		for (int g = 0; g < CHECKPOINT_GROUPS.length; g++) {
			String[] group = CHECKPOINT_GROUPS[g];
			BranchView branch = branch(commander, group[0] + "卡点临时党支部", BranchKind.CHECKPOINT_GROUP,
					String.join("、", group), founded.plusDays(1), g + 2);
			for (String name : group) {
				this.demo.checkpoint(name).ifPresent((c) -> this.branches.raiseFlag(commander, branch.id(), c.id()));
			}
		}
		FundView fund = this.seeding.fund(commander, "党费专项经费（疫情防控）",
				new FundRequest(new BigDecimal("100000.00"), "市委组织部下拨党费"));
		this.funds.spend(commander, fund.id(), new FundRequest(new BigDecimal("32000.00"), "慰问一线值守党员和医务人员"));
		this.funds.spend(commander, fund.id(), new FundRequest(new BigDecimal("18500.00"), "为卡点购置取暖设备和防护用品"));
		this.seeding.commend(commander, CommendationKind.MEMBER, "赵德明", "春节期间带领党员连续28天坚守神树火车站卡点");
		this.seeding.commend(commander, CommendationKind.MEMBER, "刘春华", "主动请缨驻守发热门诊，组织党员突击队");
		this.seeding.commend(commander, CommendationKind.MEMBER, "周文斌", "组织党员志愿者为居家观察人员配送生活物资");
		this.seeding.commend(commander, CommendationKind.ORGANISATION, "医疗救治一线临时党支部", "发热病人转诊零延误");
		this.seeding.commend(commander, CommendationKind.ORGANISATION, "铁力收费站卡点临时党支部", "严格查验，劝返外地车辆");
	}

	private BranchView branch(Actor commander, String name, BranchKind kind, String attachedTo, LocalDate founded,
			int index) {
		return this.seeding.branch(commander,
				new NewBranch(name, kind, attachedTo, founded,
						List.of(new Member(SECRETARIES[index], Duty.SECRETARY, "市直机关"),
								new Member("党员甲" + (index + 1), Duty.MEMBER, null),
								new Member("党员乙" + (index + 1), Duty.MEMBER, null))));
	}

}
