/**
 * Feeds to outside systems (对接, issue #18 item 5): the public events of the checkpoints,
 * screening, medical and cases modules — arrivals, fevers, referral steps, case
 * classifications — are sent to a provincial platform through RabbitMQ, after the
 * transaction that raised them commits, through Spring Modulith's event externalisation.
 * Off by default ({@code fangkong.integration.rabbit.enabled}); nothing else in the
 * platform knows that this module exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
		allowedDependencies = { "shared", "checkpoint", "screening", "medical", "cases" })
package org.fangkong.integration;
