/**
 * Diagnosis (bestandsanalyse): current situation, perspective, participatieladder, ZRM, tests, sectors and
 * ESCO occupations, each kept as dated facts with their full history and corrections, so any report can ask
 * what held on any past date. Other modules use {@link nl.opstap.diagnosis.Diagnoses} and listen to
 * {@link nl.opstap.diagnosis.DiagnosisChanged}.
 */
@ApplicationModule(displayName = "Diagnose")
@NullMarked
package nl.opstap.diagnosis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
