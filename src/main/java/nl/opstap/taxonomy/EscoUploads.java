package nl.opstap.taxonomy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** Turns the uploaded files of an ESCO import into an {@link EscoUpload}, refusing files over the size limit. */
@Component
class EscoUploads {

    private final DataSize limit;

    EscoUploads(@Value("${opstap.esco.max-file-size:50MB}") DataSize limit) {
        this.limit = limit;
    }

    EscoUpload of(String version, @Nullable MultipartFile occupations, @Nullable MultipartFile skills, @Nullable MultipartFile relations) {
        List<EscoProblem> tooLarge = new ArrayList<>();
        check(EscoCsv.OCCUPATIONS, occupations, tooLarge);
        check(EscoCsv.SKILLS, skills, tooLarge);
        check(EscoCsv.RELATIONS, relations, tooLarge);
        if (!tooLarge.isEmpty()) {
            throw new EscoImportRefused(tooLarge);
        }
        return new EscoUpload(version, reader(occupations), reader(skills), reader(relations));
    }

    private void check(String name, @Nullable MultipartFile file, List<EscoProblem> problems) {
        if (file != null && file.getSize() > limit.toBytes()) {
            problems.add(new EscoProblem(name, 0, "", "Het bestand is te groot: ten hoogste " + limit.toMegabytes() + " MB per bestand."));
        }
    }

    private static @Nullable Reader reader(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
