/**
 * Matching of clients and vacancies: an in-memory, columnar engine (hard filters that are never violated, a score
 * that is a sum of named, weighted criteria, an explanation per result, top-K in both directions, incremental
 * updates), the steps of a person–vacancy pair, the optimal assignment of people to places and the fairness report.
 * The engine holds interned ids only, no names or BSNs; the caller maps ids to labels.
 */
@ApplicationModule(displayName = "Matching")
@NullMarked
package nl.opstap.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
