/**
 * Supplies and donations (物资保障, issue #17, R-SUP-1, R-SUP-2): donations of cash and goods
 * with a receipt, stock on hand per item and place that never goes negative, movements in
 * and out each traced to its donation or purchase, receipts confirmed by the checkpoint
 * crew, and the public disclosure of what came in and where it went.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplies and donations",
		allowedDependencies = { "shared", "jurisdiction", "checkpoint" })
package org.fangkong.supplies;
