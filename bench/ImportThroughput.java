import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import throughput (issue 9): writes a CSV of synthetic clients (elfproef BSNs starting with 9, so they never
 * collide with demo numbers (1 to 6), test numbers (7, 8) or the crash test's write load (7)), uploads it through the API as the IGSD administrator, checks it, imports it
 * all-or-nothing, and then imports the same file again (every row found by BSN and unchanged). Prints the time of
 * each step as measured by the client: from the request until the job's status says the step is over.
 *   java bench/ImportThroughput.java http://localhost:18080 100000 /tmp/clients.csv
 *   java bench/ImportThroughput.java --write 50000 /tmp/clients.csv 10000000   # only the file, BSNs from 910000000 on
 */
public class ImportThroughput {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "Bearer demo-token-beheer.igsd";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--write")) {
            write(Path.of(args[2]), Integer.parseInt(args[1]), Integer.parseInt(args[3]));
            return;
        }
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        Path csv = Path.of(args[2]);
        write(csv, rows, 60_000_000);
        System.out.printf("file: %d rows, %.1f MB%n", rows, Files.size(csv) / 1e6);
        for (String round : new String[] {"first import (all new)", "same file again (all unchanged)"}) {
            long t0 = System.nanoTime();
            String job = upload(base, csv);
            long t1 = System.nanoTime();
            post(base + "/api/v1/importen/" + job + "/controle", "{\"gemeente\":null}");
            String checked = waitFor(base, job);
            long t2 = System.nanoTime();
            String report = get(base + "/api/v1/importen/" + job + "/fouten");
            if (report.length() > 2) {
                System.out.println("  rows with problems, first page: " + report.substring(0, Math.min(600, report.length())));
            }
            post(base + "/api/v1/importen/" + job + "/uitvoering", "{\"modus\":\"" + (report.length() > 2 ? "geldige-rijen" : "alles-of-niets") + "\"}");
            String done = waitFor(base, job);
            long t3 = System.nanoTime();
            System.out.printf("%s: upload %.1f s, check %.1f s (%s), import %.1f s (%s), total %.1f s%n  %s%n", round,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, checked, (t3 - t2) / 1e9, done, (t3 - t0) / 1e9, get(base + "/api/v1/importen/" + job));
        }
    }

    /** BSNs are 9 followed by eight digits counting up from {@code firstBsn}. */
    static void write(Path csv, int rows, int firstBsn) throws IOException {
        Random random = new Random(9);
        String[] first = {"Anna", "Bram", "Cees", "Dewi", "Eva", "Fatima", "Gert", "Hanna", "Ilse", "Joost", "Kees", "Lotte", "Mohamed", "Noor"};
        String[] last = {"Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks"};
        String[] situations = {"Talent in kaart", "Onderzoek zorg", "Leren & ontwikkelen", "Werken & ervaren", "Direct werk", "Parttime werk"};
        String[] perspectives = {"Werk", "Parttime werk", "Participatie", "Zorg", "Nog niet bekend"};
        String[] sectors = {"Logistiek", "Groen", "Bouw", "Techniek", "Detailhandel", "Horeca/catering"};
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        StringBuilder out = new StringBuilder(rows * 200);
        out.append("Gemeente;BSN;Voornamen;Achternaam;Geboortedatum;Geslacht;Straat;Huisnummer;Postcode;Woonplaats;")
                .append("Uitkeringsstatus;Uitkering vanaf;Klantmanager;Huidige situatie;Perspectief;Trede;Sectoren\n");
        int n = firstBsn;
        for (int i = 0; i < rows; i++) {
            String bsn;
            do {
                bsn = "9" + String.format("%08d", n++);
            } while (!elevenProof(bsn));
            String municipality = random.nextBoolean() ? "GM1708" : "GM1701";
            String caseworker = municipality.equals("GM1708") ? "consulent.steenwijkerland" : "consulent.westerveld";
            LocalDate birth = LocalDate.of(1960 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            out.append(municipality).append(';').append(bsn).append(';').append(first[random.nextInt(first.length)]).append(';')
                    .append(last[random.nextInt(last.length)]).append(';').append(dutch.format(birth)).append(';')
                    .append(random.nextBoolean() ? "V" : "M").append(";Kerkstraat;").append(1 + random.nextInt(200)).append(';')
                    .append(8331 + random.nextInt(5)).append("AB;Steenwijk;uitkeringsgerechtigd;01-01-2025;").append(caseworker).append(';')
                    .append(situations[random.nextInt(situations.length)]).append(';').append(perspectives[random.nextInt(perspectives.length)])
                    .append(';').append(1 + random.nextInt(6)).append(';').append(sectors[random.nextInt(sectors.length)]).append('\n');
        }
        Files.writeString(csv, out, StandardCharsets.UTF_8);
    }

    static boolean elevenProof(String d) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
        }
        return (sum - (d.charAt(8) - '0')) % 11 == 0;
    }

    static String upload(String base, Path csv) throws Exception {
        String boundary = "opstapbench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"soort\"\r\n\r\nwerkzoekenden\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"klanten.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/importen")).header("Authorization", TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofFile(csv),
                        HttpRequest.BodyPublishers.ofByteArray(tail))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload: " + response.statusCode() + " " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        m.find();
        return m.group(1);
    }

    static void post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String waitFor(String base, String job) throws Exception {
        while (true) {
            Matcher m = STATUS.matcher(get(base + "/api/v1/importen/" + job));
            m.find();
            String status = m.group(1);
            if (!status.equals("controleren") && !status.equals("importeren")) {
                return status;
            }
            Thread.sleep(100);
        }
    }
}
