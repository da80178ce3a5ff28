package com.kpiplatform.definition.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/** On a mapping from a request to an entity: the request's {@code owner} goes into the owner columns. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "ownerTeam", source = "owner.team")
@Mapping(target = "ownerName", source = "owner.name")
@Mapping(target = "ownerEmail", source = "owner.email")
@interface FlattenOwner {
}
