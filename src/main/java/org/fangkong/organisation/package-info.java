/**
 * The command organisation (R-CMD-1): the command HQ (疫情防控工作指挥部), its special working
 * groups (专项工作组) and their staff, and the work units (包保单位 / 成员单位) that lend people and
 * take on buildings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "shared" })
package org.fangkong.organisation;
