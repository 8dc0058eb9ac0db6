/**
 * What the briefing templates ({@code src/main/jte}) are given: the assessments arranged as a reader meets
 * them (verdict, matrix, criteria, sources, record), the words and symbols for each status, and the escaping
 * that Markdown needs. Public because the precompiled templates live in sub-packages; it sees only the model.
 */
package org.readiness.report.briefing;
