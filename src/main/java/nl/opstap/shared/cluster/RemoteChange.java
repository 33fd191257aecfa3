package nl.opstap.shared.cluster;

import org.jspecify.annotations.Nullable;

/**
 * Published in this instance when another instance recorded a change ({@link ClusterChanges#record}). Topic
 * {@link #EVERYTHING} asks listeners to reload all they hold: this instance may have missed changes.
 */
public record RemoteChange(String topic, @Nullable String subject) {

    public static final String EVERYTHING = "*";

    public boolean everything() {
        return EVERYTHING.equals(topic);
    }
}
