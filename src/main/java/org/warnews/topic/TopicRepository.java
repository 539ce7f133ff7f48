package org.warnews.topic;

import org.warnews.model.Topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Integer> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findAllByOrderByName();

}
