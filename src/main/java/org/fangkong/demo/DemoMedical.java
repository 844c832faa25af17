package org.fangkong.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.medical.BedKind;
import org.fangkong.medical.FacilityKind;
import org.fangkong.medical.MedicalSeeding;
import org.fangkong.medical.MedicalSeeding.NewExpert;
import org.fangkong.medical.MedicalSeeding.NewFacility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medical side of the demo city (issue #12 item 1, after the article): the designated
 * hospital with its dedicated and observation wards, two fever clinics, two centralised
 * isolation sites, the standby observation site, and the expert team. Names beyond the
 * article's are invented; every row is marked as demo data. Loaded once, through the
 * medical module's seeding interface.
 */
@Component
@Profile("demo")
@Order(12)
class DemoMedical implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMedical.class);

	private final MedicalSeeding seeding;

	private final Jurisdictions jurisdictions;

	DemoMedical(MedicalSeeding seeding, Jurisdictions jurisdictions) {
		this.seeding = seeding;
		this.jurisdictions = jurisdictions;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.hasFacilities()) {
			return;
		}
		long city = this.jurisdictions.findByCode(DemoDataLoader.CITY_CODE).orElseThrow().id();
		long hospital = this.seeding.addFacility(facility("铁力市人民医院（定点医院）", FacilityKind.HOSPITAL, city, "铁力市铁力镇南环路",
				"46.9790", "128.0310", 42, 86, 20, false, Map.of(BedKind.DEDICATED, 30, BedKind.OBSERVATION, 20)));
		this.seeding.addFacility(facility("铁力市人民医院发热门诊", FacilityKind.FEVER_CLINIC, city, "铁力市人民医院东侧独立院区", "46.9794",
				"128.0321", 6, 12, 3, false, Map.of(BedKind.OBSERVATION, 8)));
		this.seeding.addFacility(facility("铁力市中医医院发热门诊", FacilityKind.FEVER_CLINIC, city, "铁力市铁力镇北大街", "46.9861",
				"128.0255", 4, 8, 2, false, Map.of(BedKind.OBSERVATION, 6)));
		this.seeding.addFacility(facility("铁力宾馆集中隔离点", FacilityKind.ISOLATION_SITE, city, "铁力市铁力镇中央大街", "46.9822",
				"128.0218", 3, 8, 12, false, Map.of(BedKind.ISOLATION, 60)));
		this.seeding.addFacility(facility("林业局招待所集中隔离点", FacilityKind.ISOLATION_SITE, city, "铁力市铁力镇林业街", "46.9755",
				"128.0402", 2, 6, 10, false, Map.of(BedKind.ISOLATION, 40)));
		this.seeding.addFacility(facility("职业技术学校备用医学观察点", FacilityKind.OBSERVATION_SITE, city, "铁力市铁力镇西环路", "46.9901",
				"128.0107", 0, 0, 4, true, Map.of(BedKind.ISOLATION, 120)));
		this.seeding.addExpertTeam("铁力市医疗救治专家组", hospital, "会诊疑似病例，指导定点医院、发热门诊和隔离点的救治与防护",
				List.of(new NewExpert("刘建华", "主任医师", "呼吸与危重症医学", true), new NewExpert("王淑琴", "主任医师", "感染性疾病", false),
						new NewExpert("张立新", "副主任医师", "重症医学", false), new NewExpert("赵红梅", "副主任医师", "医学影像", false),
						new NewExpert("孙晓东", "主管护师", "医院感染控制", false)),
				true);
		log.info("Loaded the demo medical facilities and expert team");
	}

	private static NewFacility facility(String name, FacilityKind kind, long node, String address, String lat,
			String lon, int doctors, int nurses, int other, boolean standby, Map<BedKind, Integer> beds) {
		return new NewFacility(name, kind, node, address, new BigDecimal(lat), new BigDecimal(lon), doctors, nurses,
				other, standby, beds, true);
	}

}
