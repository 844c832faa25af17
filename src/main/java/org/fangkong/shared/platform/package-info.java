/**
 * The plug-in points of the platform (issue #7): what a module contributes to the shell
 * without editing {@code identity}, {@code portal} or {@code audit} — the security rules
 * of its page routes ({@link RouteContributor}), its menu entries
 * ({@link NavigationContributor}), its home-page cards ({@link HomeCardContributor}) and
 * its audit action codes ({@link AuditCodeContributor}). A module declares a bean that
 * implements one or more of them; the shell collects every such bean.
 */
package org.fangkong.shared.platform;
