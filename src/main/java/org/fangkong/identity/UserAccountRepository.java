package org.fangkong.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	java.util.List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

	boolean existsByUsername(String username);

	boolean existsByDemoTrue();

	List<UserAccount> findAllByOrderByUsername();

}
