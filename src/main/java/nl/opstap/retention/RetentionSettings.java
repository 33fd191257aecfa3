package nl.opstap.retention;

import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention periods (application.yml, opstap.retention; ISO-8601 periods), checked at start-up. Defaults and their
 * sources in ADR 0021: a client file 10 years after it closes (Selectielijst gemeenten en intergemeentelijke organen
 * 2020: files of the Participatiewet are destroyed 10 years after they end), the processing log 10 years after an
 * entry was written, an employer's contact person 2 years after they left the company (AVG art. 5(1)(e): kept while
 * contact moments naming them may still be questioned, then no longer needed).
 */
@ConfigurationProperties("opstap.retention")
record RetentionSettings(@Nullable Period clientFile, @Nullable Period processingLog, @Nullable Period contactPerson,
                         @Nullable Integer maxFilesPerRun) {

    static final Period DEFAULT_CLIENT_FILE = Period.ofYears(10);
    static final Period DEFAULT_PROCESSING_LOG = Period.ofYears(10);
    static final Period DEFAULT_CONTACT_PERSON = Period.ofYears(2);

    RetentionSettings {
        clientFile = clientFile == null ? DEFAULT_CLIENT_FILE : clientFile;
        processingLog = processingLog == null ? DEFAULT_PROCESSING_LOG : processingLog;
        contactPerson = contactPerson == null ? DEFAULT_CONTACT_PERSON : contactPerson;
        maxFilesPerRun = maxFilesPerRun == null ? 5000 : maxFilesPerRun;
        new RetentionPeriod(clientFile);
        new RetentionPeriod(processingLog);
        new RetentionPeriod(contactPerson);
        if (maxFilesPerRun < 1) {
            throw new IllegalArgumentException("opstap.retention.max-files-per-run must be at least 1");
        }
    }

    RetentionPeriod clientFilePeriod() {
        return new RetentionPeriod(clientFile);
    }

    RetentionPeriod processingLogPeriod() {
        return new RetentionPeriod(processingLog);
    }

    RetentionPeriod contactPersonPeriod() {
        return new RetentionPeriod(contactPerson);
    }
}
