package org.readiness.server;

/**
 * One operation of the API: a request in, a reply out, with no HTTP plumbing. Bad input is thrown as a
 * {@link org.readiness.model.ProblemException} or an {@link ApiException} and answered as an error body.
 */
@FunctionalInterface
interface Endpoint {

    Reply handle(Call call);
}
