package org.warnews.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/** A controller of the JSON API: its routes under {@link ApiJson#BASE}, answered in JSON, cached as the API is. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Responds(ResponseKind.API)
@RestController
@RequestMapping(path = ApiJson.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@interface ApiController {

}
