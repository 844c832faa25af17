package org.fangkong.jurisdiction;

import org.springframework.data.jpa.repository.JpaRepository;

/** The nodes' table; reads go through the tree held in memory ({@link NodeTree}). */
interface JurisdictionNodeRepository extends JpaRepository<JurisdictionNode, Long> {

}
