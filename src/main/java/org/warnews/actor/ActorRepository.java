package org.warnews.actor;

import org.warnews.model.Actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ActorRepository extends Repository<Actor, Integer> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findAllByOrderByName();

}
