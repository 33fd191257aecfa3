package nl.opstap.portfolio;

/** The document types accepted, recognised by their content; the media type sent back on download. */
enum DocumentType {
    PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static DocumentType ofMediaType(String mediaType) {
        for (DocumentType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown stored type");
    }
}
