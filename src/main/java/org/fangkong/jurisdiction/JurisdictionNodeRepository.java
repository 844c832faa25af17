package org.fangkong.jurisdiction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JurisdictionNodeRepository extends JpaRepository<JurisdictionNode, Long> {

	Optional<JurisdictionNode> findByCode(String code);

	@Query("select n from JurisdictionNode n where n.path like concat(?1, '%') order by n.depth, n.code")
	List<JurisdictionNode> findSubtree(String path);

	@Query("select n.id from JurisdictionNode n where n.path like concat(?1, '%')")
	List<Long> findSubtreeIds(String path);

	List<JurisdictionNode> findByParentIdOrderByCode(Long parentId);

	@Query("select n from JurisdictionNode n where n.id in ?1")
	List<JurisdictionNode> findAllByIds(List<Long> ids);

	long countByParentId(Long parentId);

}
