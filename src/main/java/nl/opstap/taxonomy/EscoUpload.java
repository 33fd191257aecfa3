package nl.opstap.taxonomy;

import java.io.Reader;
import org.jspecify.annotations.Nullable;

/** An ESCO import request: a version label and the uploaded files (each may be absent, but not all). */
record EscoUpload(String versionLabel, @Nullable Reader occupations, @Nullable Reader skills, @Nullable Reader relations) {}
