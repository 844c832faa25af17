/**
 * The shared kernel: the few types every module may use — roles, the acting user, masking
 * of personal data, and the domain exceptions that the web layer turns into 403/404
 * answers. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fangkong.shared;
