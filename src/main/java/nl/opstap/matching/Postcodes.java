package nl.opstap.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PC4 areas with their centroids, each with a dense index (0..n-1) that the engine stores instead of the
 * postcode. Distances are equirectangular on the centroids: exact enough for travel radii of a few to 100 km.
 */
public final class Postcodes {

    private static final Pattern ENTRY = Pattern.compile(
            "\"(\\d{4})\"\\s*:\\s*\\{\\s*\"lat\"\\s*:\\s*\"?([-\\d.]+)\"?\\s*,\\s*\"lon\"\\s*:\\s*\"?([-\\d.]+)\"?");
    private static final double EARTH_KM = 6371.0;

    private final short[] indexOfPc4 = new short[10_000];
    private final int[] pc4s;
    private final float[] lat;
    private final float[] lon;

    Postcodes(int[] pc4s, float[] lat, float[] lon) {
        this.pc4s = pc4s.clone();
        this.lat = lat.clone();
        this.lon = lon.clone();
        Arrays.fill(indexOfPc4, (short) -1);
        for (int i = 0; i < pc4s.length; i++) {
            indexOfPc4[pc4s[i]] = (short) i;
        }
    }

    /** The centroids shipped in {@code reference/geo/pc4_centroids.json}. */
    public static Postcodes load() {
        try (InputStream in = Postcodes.class.getResourceAsStream("/reference/geo/pc4_centroids.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/geo/pc4_centroids.json is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("reference/geo/pc4_centroids.json cannot be read", e);
        }
    }

    static Postcodes parse(String json) {
        Matcher m = ENTRY.matcher(json);
        int[] codes = new int[10_000];
        float[] la = new float[10_000];
        float[] lo = new float[10_000];
        int n = 0;
        while (m.find()) {
            codes[n] = Integer.parseInt(m.group(1));
            la[n] = Float.parseFloat(m.group(2));
            lo[n++] = Float.parseFloat(m.group(3));
        }
        return new Postcodes(Arrays.copyOf(codes, n), Arrays.copyOf(la, n), Arrays.copyOf(lo, n));
    }

    public int size() {
        return pc4s.length;
    }

    public int pc4(int index) {
        return pc4s[index];
    }

    /** The dense index of a PC4; refused with a clear message when the postcode is unknown. */
    int indexOf(int pc4) {
        int index = pc4 >= 1000 && pc4 <= 9999 ? indexOfPc4[pc4] : -1;
        if (index < 0) {
            throw new IllegalArgumentException("Postcode " + pc4 + " is onbekend.");
        }
        return index;
    }

    double distanceKm(int from, int to) {
        double phi = Math.toRadians((lat[from] + lat[to]) / 2.0);
        double dx = Math.toRadians(lon[to] - lon[from]) * Math.cos(phi);
        double dy = Math.toRadians(lat[to] - lat[from]);
        return EARTH_KM * Math.sqrt(dx * dx + dy * dy);
    }

    /** Fills {@code out[i]} with the distance in km from {@code from} to every area i. */
    void distancesFrom(int from, float[] out) {
        double cosPhi = Math.cos(Math.toRadians(lat[from]));
        double k = Math.toRadians(1.0) * EARTH_KM;
        float la0 = lat[from];
        float lo0 = lon[from];
        for (int i = 0; i < pc4s.length; i++) {
            double dx = (lon[i] - lo0) * cosPhi;
            double dy = lat[i] - la0;
            out[i] = (float) (k * Math.sqrt(dx * dx + dy * dy));
        }
    }
}
