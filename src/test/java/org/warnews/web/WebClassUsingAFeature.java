package org.warnews.web;

import org.warnews.claim.ClaimRepository;

/** What the web layer must not do (reach up into a feature): ArchitectureTest checks that its rules catch it. */
public class WebClassUsingAFeature {

	ClaimRepository claims;

}
